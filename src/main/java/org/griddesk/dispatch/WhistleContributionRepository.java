package org.griddesk.dispatch;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

interface WhistleContributionRepository extends Repository<WhistleContribution, Long> {

	WhistleContribution save(WhistleContribution contribution);

	List<WhistleContribution> findBySummonsIdInOrderByIdAsc(Collection<Long> summonsIds);

}
