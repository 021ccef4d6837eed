package eu.leadercoop.importer.draft;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ImportDraftRepository extends JpaRepository<ImportDraft, Long> {

    List<ImportDraft> findByStatusOrderByCreatedAtDescIdDesc(DraftStatus status);
}
