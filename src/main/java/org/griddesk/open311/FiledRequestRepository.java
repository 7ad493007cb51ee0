package org.griddesk.open311;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface FiledRequestRepository extends JpaRepository<FiledRequest, Long>, JpaSpecificationExecutor<FiledRequest> {

	Optional<FiledRequest> findByServiceRequestId(String serviceRequestId);

	Optional<FiledRequest> findByToken(String token);

}
