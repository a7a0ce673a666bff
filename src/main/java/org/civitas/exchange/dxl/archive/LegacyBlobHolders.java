package org.civitas.exchange.dxl.archive;

import java.util.List;
import org.civitas.storage.BlobHolder;
import org.civitas.storage.BlobHolders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Legacy documents carry the files imported with them, so those never expire as unattached uploads. Until the
 * mapping gives legacy documents finer access (their Readers fields), the system administrator reads them.
 */
@Component
class LegacyBlobHolders implements BlobHolders {

    /** identity's settings:write, spelled out: the system administrator's permission. */
    private static final String ADMINISTRATOR = "settings:write";

    private final LegacyDocuments documents;

    LegacyBlobHolders(LegacyDocuments documents) {
        this.documents = documents;
    }

    @Override
    public boolean carries(long blobId) {
        return documents.carries(blobId);
    }

    @Override
    public List<BlobHolder> holders(long blobId) {
        boolean administrator = isAdministrator();
        return documents.unidsCarrying(blobId).stream()
                .map(unid -> new BlobHolder("LegacyDocument " + unid, administrator, false))
                .toList();
    }

    private static boolean isAdministrator() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> ADMINISTRATOR.equals(a.getAuthority()));
    }
}
