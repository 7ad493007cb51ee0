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

	Optional<Notification> findByIdAndAccountId(Long id, Long accountId);

	Page<Notification> findByAccountIdOrderByCreatedAtDescIdDesc(Long accountId, Pageable pageable);

	long countByAccountIdAndReadAtIsNull(Long accountId);

	/** Counts unread notifications up to {@code limit}: a command center may have thousands, the badge needs few. */
	@Query(value = "SELECT count(*) FROM (SELECT 1 FROM notification WHERE account_id = :accountId AND read_at IS NULL "
			+ "LIMIT :limit) unread", nativeQuery = true)
	long countUnreadUpTo(Long accountId, int limit);

	@Modifying
	@Query("update Notification n set n.readAt = :now where n.accountId = :accountId and n.readAt is null")
	int markAllRead(Long accountId, Instant now);

}
