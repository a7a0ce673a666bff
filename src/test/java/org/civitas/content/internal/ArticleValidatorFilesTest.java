package org.civitas.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civitas.content.ArticleDraft;
import org.civitas.platform.DomainException;
import org.civitas.storage.BlobAccess;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.ReadableBlob;
import org.civitas.storage.trusted.BlobReader;
import org.junit.jupiter.api.Test;

/** Which files an article may carry: readable and publishable ones only, wherever the draft names them. */
class ArticleValidatorFilesTest {

    private final BlobAccess access = mock(BlobAccess.class);
    private final ArticleValidator rules = new ArticleValidator(access, mock(BlobReader.class));

    private static BlobInfo blob(long id, String type) {
        return new BlobInfo(id, "0".repeat(64), 10, type, "f" + id, "someone", Instant.EPOCH);
    }

    private static ArticleDraft draft(Long cover, List<Long> attachments, String body) {
        return new ArticleDraft(
                "标题",
                null,
                null,
                body,
                cover,
                attachments,
                null,
                null,
                List.of(),
                false,
                0,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void ownUploadsAndPublicFilesAreAccepted() {
        when(access.readable(1)).thenReturn(Optional.of(new ReadableBlob(blob(1, "image/png"), "upload", true)));
        when(access.readable(2))
                .thenReturn(Optional.of(new ReadableBlob(blob(2, "application/pdf"), "Article 5", true)));

        var content = rules.check(draft(1L, List.of(2L), "<p>正文<img src=\"/api/v1/blobs/1\" alt=\"图\"></p>"), false);

        assertThat(content.coverBlobId()).isEqualTo(1L);
        assertThat(content.attachments()).extracting(Attachment::blobId).containsExactly(2L);
    }

    @Test
    void aFileOfANonPublicRecordIsRefusedByNameAsCoverAttachmentOrPicture() {
        when(access.readable(7)).thenReturn(Optional.of(new ReadableBlob(blob(7, "image/png"), "Submission 3", false)));

        for (ArticleDraft draft : List.of(
                draft(7L, List.of(), "<p>x</p>"),
                draft(null, List.of(7L), "<p>x</p>"),
                draft(null, List.of(), "<p>x<img src=\"/api/v1/blobs/7\" alt=\"图\"></p>"))) {
            assertThatThrownBy(() -> rules.check(draft, false))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("content.blob.notPublic"));
        }
        verify(access, org.mockito.Mockito.times(3)).refused(BlobAccess.ATTACH);
    }

    @Test
    void aFileTheEditorMayNotReadDoesNotExistForThem() {
        when(access.readable(9)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> rules.check(draft(null, List.of(9L), "<p>x</p>"), false))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("content.blob.unknown"));
    }
}
