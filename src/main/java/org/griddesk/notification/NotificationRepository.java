package org.griddesk.notification;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface NotificationRepository extends Repository<Notification, Long> {

	Notification save(Notification notification);

	Optional<Notification> findById(Long id);

	Optional<Notification> findByIdAndAccountId(Long id, Long accountId);

	Page<Notification> findByAccountIdOrderByCreatedAtDescIdDesc(Long accountId, Pageable pageable);

	long countByAccountIdAndReadAtIsNull(Long accountId);

	@Modifying
	@Query(value = "UPDATE notification SET read_at = :now WHERE account_id = :accountId AND read_at IS NULL",
			nativeQuery = true)
	int markAllRead(Long accountId, Instant now);

}
