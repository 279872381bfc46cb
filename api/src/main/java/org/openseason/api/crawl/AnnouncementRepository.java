package org.openseason.api.crawl;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The {@code announcement} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AnnouncementRepository extends CrudRepository<AnnouncementRow, String> {

  List<AnnouncementRow> findBySlugOrderByPublishedAtDesc(String slug);
}
