package org.civitas.storage.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civitas.storage.BlobAccess;
import org.civitas.storage.BlobDownloaded;
import org.civitas.storage.BlobHolder;
import org.civitas.storage.BlobHolders;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.ReadableBlob;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * {@link BlobAccess} by asking every module that carries blobs ({@link BlobHolders}); the holders are looked
 * up when asked, not when this bean is made, because the owning modules themselves depend on storage.
 */
@Service
class HolderBlobAccess implements BlobAccess {

    private final BlobRecords records;
    private final ObjectProvider<BlobHolders> holders;
    private final ApplicationEventPublisher events;

    HolderBlobAccess(BlobRecords records, ObjectProvider<BlobHolders> holders, ApplicationEventPublisher events) {
        this.records = records;
        this.holders = holders;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReadableBlob> readable(long blobId) {
        Optional<BlobRecord> found = records.findById(blobId);
        String user = currentUsername();
        if (found.isEmpty() || user == null) {
            return Optional.empty();
        }
        BlobInfo blob = found.get().toInfo();
        List<BlobHolder> carriers =
                holders.orderedStream().flatMap(h -> h.holders(blobId).stream()).toList();
        if (carriers.isEmpty()) {
            return blob.createdBy().equals(user)
                    ? Optional.of(new ReadableBlob(blob, ReadableBlob.UPLOAD, true))
                    : Optional.empty();
        }
        List<BlobHolder> readable =
                carriers.stream().filter(BlobHolder::readable).toList();
        if (readable.isEmpty()) {
            return Optional.empty();
        }
        String through = readable.stream().map(BlobHolder::record).distinct().collect(Collectors.joining(", "));
        boolean publishable = readable.stream().anyMatch(BlobHolder::publishable);
        return Optional.of(new ReadableBlob(blob, through, publishable));
    }

    @Override
    public boolean attached(long blobId) {
        return holders.orderedStream().anyMatch(h -> h.carries(blobId));
    }

    @Override
    @Transactional
    public void downloaded(BlobInfo blob, String record) {
        events.publishEvent(new BlobDownloaded(blob.id(), blob.filename(), record));
    }

    @Override
    public void refused(String permission) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (currentUsername() == null) {
            return;
        }
        Object what = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest()
                : permission;
        events.publishEvent(new AuthorizationDeniedEvent<>(
                () -> authentication,
                what,
                new AuthorityAuthorizationDecision(false, AuthorityUtils.createAuthorityList(permission))));
    }

    static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null
                        || authentication instanceof AnonymousAuthenticationToken
                        || !authentication.isAuthenticated()
                ? null
                : authentication.getName();
    }
}
