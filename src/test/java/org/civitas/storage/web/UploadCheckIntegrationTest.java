package org.civitas.storage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.civitas.identity.IdentityPermissions;
import org.civitas.storage.ForgedFiles;
import org.civitas.storage.StoragePermissions;
import org.civitas.storage.StorageTestSupport;
import org.civitas.storage.UploadTypes;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Uploads are checked by their content when they arrive, whatever their name says; the allow-list is the
 * system administrator's, changed in the console and audited. The files are forged byte by byte here.
 */
@SpringBootTest(properties = {StorageTestSupport.MAX_UPLOAD_PROPERTY, StorageTestSupport.QUOTA_PROPERTY})
@AutoConfigureMockMvc
@DatabaseTest
class UploadCheckIntegrationTest {

    private static final String BLOBS = "/api/v1/blobs";
    private static final String CONSOLE = "/admin/upload-types";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UploadTypes types;

    @Value("${civitas.data-dir}")
    Path dataDir;

    @AfterEach
    void defaultsAgain() {
        // the database outlives the test (PostgreSQL): leave the installation's list as it was
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "test", null, List.of(new SimpleGrantedAuthority(IdentityPermissions.SETTINGS_WRITE))));
        try {
            types.change(types.defaults());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    @Test
    void forgedFilesAreRefusedWithTheReasonAndTheAllowedTypesAndNothingIsKept() throws Exception {
        long rows = rows();
        long files = StorageTestSupport.countFiles(dataDir);

        upload(ForgedFiles.random(4096, 11), "现场照片.png")
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("storage.error.contentMismatch"))
                .andExpect(jsonPath("$.detail").value(containsString("文件内容不是 .png 类型")))
                .andExpect(jsonPath("$.detail").value(containsString("允许的类型：")))
                .andExpect(jsonPath("$.allowed", hasItem("pdf")));
        upload(ForgedFiles.windowsProgram(), "照片.jpg")
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("storage.error.contentMismatch"));
        upload(ForgedFiles.pngSignatureOnly(), "图表.png")
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("storage.error.contentMismatch"));
        upload("<html><body>通知</body></html>".getBytes(StandardCharsets.UTF_8), "通知.docx")
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("storage.error.contentMismatch"));
        upload(ForgedFiles.windowsProgram(), "setup.exe")
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("storage.error.typeNotAllowed"))
                .andExpect(jsonPath("$.detail").value(containsString("不允许上传 .exe 类型的文件")));

        assertThat(rows()).isEqualTo(rows);
        assertThat(StorageTestSupport.countFiles(dataDir)).isEqualTo(files);
    }

    @Test
    void theRefusalIsInTheUsersLanguage() throws Exception {
        mvc.perform(post(BLOBS)
                        .with(uploader())
                        .cookie(new Cookie("civitas-lang", "en"))
                        .contentType("image/png")
                        .header("X-Filename", "photo.png")
                        .content(ForgedFiles.random(1024, 12)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail").value(containsString("is not of type .png")))
                .andExpect(jsonPath("$.detail").value(containsString("Allowed types: 7z, avi")));
    }

    @Test
    void realFilesOfTheAllowedTypesAreKeptAsTheTypeTheirContentConfirms() throws Exception {
        upload(ForgedFiles.png(32, 24), "现场照片.png", "application/octet-stream")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/png"));
        upload(ForgedFiles.docx("意见 " + System.nanoTime()), "意见.docx", "application/octet-stream")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType")
                        .value("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        mvc.perform(get(BLOBS + "/types").with(uploader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowed", hasItem("docx")))
                .andExpect(jsonPath("$.allowed", not(hasItem("exe"))));
    }

    @Test
    void theSystemAdministratorChangesTheListInTheConsoleAndTheChangeIsAudited() throws Exception {
        long audited = audited();
        mvc.perform(get(CONSOLE).with(administrator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("上传文件类型")))
                .andExpect(content().string(containsString("docx")));

        mvc.perform(post(CONSOLE).with(administrator()).with(csrf()).param("extensions", "PDF, .png\n*.gpx"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(CONSOLE));

        assertThat(types.allowed()).containsExactly("gpx", "pdf", "png");
        assertThat(audited()).isEqualTo(audited + 1);
        // an extension no detector knows takes what the administrator allowed it for
        upload("<gpx><trk/></gpx>".getBytes(StandardCharsets.UTF_8), "路线.gpx").andExpect(status().isCreated());
        upload(ForgedFiles.docx("意见"), "意见.docx")
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("storage.error.typeNotAllowed"))
                .andExpect(jsonPath("$.detail").value(containsString("允许的类型：gpx, pdf, png")));
    }

    @Test
    void aWrongEntryComesBackWithWhatWasTypedAndTheReason() throws Exception {
        List<String> before = types.allowed();

        mvc.perform(post(CONSOLE).with(administrator()).with(csrf()).param("extensions", "pdf 文档.doc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pdf 文档.doc")))
                .andExpect(content().string(containsString("不是扩展名")));

        assertThat(types.allowed()).isEqualTo(before);
    }

    @Test
    void onlyTheSystemAdministratorSeesOrChangesTheList() throws Exception {
        List<String> before = types.allowed();

        mvc.perform(get(CONSOLE).with(uploader())).andExpect(status().isForbidden());
        mvc.perform(post(CONSOLE).with(uploader()).param("extensions", "exe")).andExpect(status().isForbidden());

        assertThat(types.allowed()).isEqualTo(before);
    }

    private org.springframework.test.web.servlet.ResultActions upload(byte[] content, String filename)
            throws Exception {
        return upload(content, filename, "image/png");
    }

    private org.springframework.test.web.servlet.ResultActions upload(byte[] content, String filename, String type)
            throws Exception {
        MockHttpServletRequestBuilder request = post(BLOBS)
                .with(uploader())
                .contentType(type)
                .header("X-Filename", java.net.URLEncoder.encode(filename, StandardCharsets.UTF_8))
                .content(content);
        return mvc.perform(request);
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from blob", Long.class);
    }

    private long audited() {
        return jdbc.queryForObject(
                "select count(*) from audit_record where action = 'upload-types:change'", Long.class);
    }

    private static RequestPostProcessor uploader() {
        RequestPostProcessor user = user("uploader").authorities(new SimpleGrantedAuthority(StoragePermissions.UPLOAD));
        RequestPostProcessor csrf = csrf().asHeader();
        return request -> csrf.postProcessRequest(user.postProcessRequest(request));
    }

    private static RequestPostProcessor administrator() {
        return user("sysadmin")
                .authorities(
                        new SimpleGrantedAuthority(IdentityPermissions.SETTINGS_WRITE),
                        new SimpleGrantedAuthority(StoragePermissions.UPLOAD));
    }
}
