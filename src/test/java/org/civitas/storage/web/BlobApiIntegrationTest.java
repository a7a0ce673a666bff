package org.civitas.storage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.civitas.content.ContentPermissions;
import org.civitas.storage.StoragePermissions;
import org.civitas.storage.StorageTestSupport;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The blob API over MockMvc, security filters included. */
@SpringBootTest(properties = {StorageTestSupport.MAX_UPLOAD_PROPERTY, StorageTestSupport.QUOTA_PROPERTY})
@AutoConfigureMockMvc
@DatabaseTest
class BlobApiIntegrationTest {

    private static final String BLOBS = "/api/v1/blobs";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${civitas.data-dir}")
    Path dataDir;

    @Test
    void uploadsARawBodyAndDownloadsItWithItsChineseName() throws Exception {
        byte[] content = StorageTestSupport.unique("二〇二四年工作总结");
        String sha = StorageTestSupport.sha256(content);

        var upload = mvc.perform(post(BLOBS)
                        .with(uploader())
                        .contentType("text/plain;charset=UTF-8")
                        .header("X-Filename", "%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93.txt")
                        .header("X-Content-SHA256", sha.toUpperCase())
                        .content(content))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(BLOBS + "/")))
                .andExpect(jsonPath("$.filename").value("工作总结.txt"))
                .andExpect(jsonPath("$.sha256").value(sha))
                .andExpect(jsonPath("$.size").value(content.length))
                .andExpect(jsonPath("$.contentType").value("text/plain;charset=UTF-8"))
                .andExpect(jsonPath("$.createdBy").value("uploader"))
                .andReturn();
        long id = idOf(upload.getResponse().getContentAsString());

        mvc.perform(get(BLOBS + "/" + id).with(reader()))
                .andExpect(status().isOk())
                .andExpect(content().bytes(content))
                .andExpect(header().string("ETag", "\"" + sha + "\""))
                .andExpect(header().string("Accept-Ranges", "bytes"))
                .andExpect(header().longValue("Content-Length", content.length))
                .andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
                .andExpect(header().string(
                                "Content-Disposition",
                                "attachment; filename=\"____.txt\"; "
                                        + "filename*=UTF-8''%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93.txt"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", "sandbox"));
    }

    @Test
    void servesSingleByteRanges() throws Exception {
        byte[] content = StorageTestSupport.unique("0123456789");
        long id = uploadRaw(content, "digits.txt");
        String path = BLOBS + "/" + id;
        int n = content.length;

        mvc.perform(get(path).with(reader()).header("Range", "bytes=2-5"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 2-5/" + n))
                .andExpect(header().longValue("Content-Length", 4))
                .andExpect(content().bytes(Arrays.copyOfRange(content, 2, 6)));
        mvc.perform(get(path).with(reader()).header("Range", "bytes=-3"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes " + (n - 3) + "-" + (n - 1) + "/" + n))
                .andExpect(content().bytes(Arrays.copyOfRange(content, n - 3, n)));
        mvc.perform(get(path).with(reader()).header("Range", "bytes=" + n + "-"))
                .andExpect(status().isRequestedRangeNotSatisfiable())
                .andExpect(header().string("Content-Range", "bytes */" + n));
        String etag = "\"" + StorageTestSupport.sha256(content) + "\"";
        mvc.perform(get(path).with(reader()).header("Range", "bytes=0-0").header("If-Range", "\"stale\""))
                .andExpect(status().isOk())
                .andExpect(content().bytes(content));
        mvc.perform(get(path).with(reader()).header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(head(path).with(reader()))
                .andExpect(status().isOk())
                .andExpect(header().longValue("Content-Length", n));
    }

    @Test
    void refusesAnUploadOverTheLimitWithAClearMessageAndKeepsNothing() throws Exception {
        long rows = rows();
        long files = StorageTestSupport.countFiles(dataDir);

        mvc.perform(post(BLOBS + "?lang=en")
                        .with(uploader())
                        .contentType("application/octet-stream")
                        .content(new byte[StorageTestSupport.MAX_UPLOAD_BYTES + 1]))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.code").value("storage.error.tooLarge"))
                .andExpect(jsonPath("$.maxBytes").value(StorageTestSupport.MAX_UPLOAD_BYTES))
                .andExpect(jsonPath("$.detail")
                        .value("The file is larger than the allowed maximum (64 KB); nothing was stored."));
        mvc.perform(post(BLOBS)
                        .with(uploader())
                        .contentType("application/octet-stream")
                        .content(new byte[StorageTestSupport.MAX_UPLOAD_BYTES + 1]))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value("文件超过了允许的最大大小（64 KB），未保存任何内容。"));

        assertThat(rows()).isEqualTo(rows);
        assertThat(StorageTestSupport.countFiles(dataDir)).isEqualTo(files);
    }

    @Test
    void refusesContentThatDoesNotMatchItsChecksumAndKeepsNothing() throws Exception {
        long rows = rows();
        long files = StorageTestSupport.countFiles(dataDir);

        mvc.perform(post(BLOBS)
                        .with(uploader())
                        .contentType("text/plain")
                        .header("X-Content-SHA256", "0".repeat(64))
                        .content(StorageTestSupport.unique("损坏")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("storage.error.checksumMismatch"));
        mvc.perform(post(BLOBS)
                        .with(uploader())
                        .contentType("text/plain")
                        .header("X-Content-SHA256", "not-a-checksum")
                        .content(StorageTestSupport.unique("x")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("storage.error.checksumInvalid"));

        assertThat(rows()).isEqualTo(rows);
        assertThat(StorageTestSupport.countFiles(dataDir)).isEqualTo(files);
    }

    @Test
    void uploadsTheFileOfABrowserMultipartForm() throws Exception {
        byte[] content = pdf(StorageTestSupport.unique("附件内容"));
        byte[] body = multipart(
                "--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nfirst a text field\r\n",
                "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"通知（第1号）.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n",
                content,
                "\r\n--XyZ--\r\n");

        var upload = mvc.perform(post(BLOBS)
                        .with(uploader())
                        .contentType("multipart/form-data; boundary=XyZ")
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.filename").value("通知（第1号）.pdf"))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.sha256").value(StorageTestSupport.sha256(content)))
                .andReturn();

        mvc.perform(get(BLOBS + "/" + idOf(upload.getResponse().getContentAsString()))
                        .with(reader()))
                .andExpect(content().bytes(content));
    }

    @Test
    void refusesMultipartFormsWithoutAFileOrWithABrokenBody() throws Exception {
        long rows = rows();
        long files = StorageTestSupport.countFiles(dataDir);

        mvc.perform(
                        post(BLOBS)
                                .with(uploader())
                                .contentType("multipart/form-data; boundary=XyZ")
                                .content(
                                        multipart(
                                                "--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nno file\r\n--XyZ--\r\n")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("storage.error.noFile"));
        mvc.perform(post(BLOBS)
                        .with(uploader())
                        .contentType("multipart/form-data; boundary=XyZ")
                        .content(multipart(
                                "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.bin\"\r\n\r\n",
                                StorageTestSupport.unique("the connection dropped here"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("storage.error.malformedUpload"));

        assertThat(rows()).isEqualTo(rows);
        assertThat(StorageTestSupport.countFiles(dataDir)).isEqualTo(files);
    }

    @Test
    void strangersAreSentToSignInAndStoreNothing() throws Exception {
        long rows = rows();

        int upload = mvc.perform(post(BLOBS)
                        .with(csrf().asHeader())
                        .contentType("text/plain")
                        .content("x".getBytes(StandardCharsets.UTF_8)))
                .andReturn()
                .getResponse()
                .getStatus();
        int download = mvc.perform(get(BLOBS + "/1")).andReturn().getResponse().getStatus();

        assertThat(upload).isIn(401, 302);
        assertThat(download).isIn(401, 302);
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void uploadingNeedsThePermissionAndOnlyTheUploaderReadsAnUnattachedFile() throws Exception {
        long id = uploadRaw(StorageTestSupport.unique("secret"), "a.txt");

        mvc.perform(post(BLOBS)
                        .with(user("clerk").authorities(new SimpleGrantedAuthority(ContentPermissions.WRITE)))
                        .with(csrf().asHeader())
                        .contentType("text/plain")
                        .content("x".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isForbidden());
        mvc.perform(get(BLOBS + "/" + id)
                        .with(user("clerk").authorities(new SimpleGrantedAuthority(StoragePermissions.UPLOAD))))
                .andExpect(status().isNotFound());
        mvc.perform(get(BLOBS + "/" + Long.MAX_VALUE).with(reader())).andExpect(status().isNotFound());
    }

    @Test
    void aSessionUploadNeedsTheCsrfTokenInAHeaderOrTheQuery() throws Exception {
        mvc.perform(post(BLOBS)
                        .with(user("uploader").authorities(new SimpleGrantedAuthority(StoragePermissions.UPLOAD)))
                        .contentType("text/plain")
                        .content("x".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiDocumentationDescribesBothKindsOfUpload() throws Exception {
        mvc.perform(get("/v3/api-docs").with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/blobs'].post.requestBody.content['application/octet-stream']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/blobs'].post.requestBody.content['multipart/form-data']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/blobs/{id}'].get").exists());
    }

    private long uploadRaw(byte[] content, String filename) throws Exception {
        var result = mvc.perform(post(BLOBS)
                        .with(uploader())
                        .contentType("application/octet-stream")
                        .header("X-Filename", filename)
                        .content(content))
                .andExpect(status().isCreated())
                .andReturn();
        return idOf(result.getResponse().getContentAsString());
    }

    private static RequestPostProcessor uploader() {
        RequestPostProcessor user = user("uploader").authorities(new SimpleGrantedAuthority(StoragePermissions.UPLOAD));
        RequestPostProcessor csrf = csrf().asHeader();
        return request -> csrf.postProcessRequest(user.postProcessRequest(request));
    }

    /** The uploader again: no permission reads every file, and an unattached upload is its uploader's alone. */
    private static RequestPostProcessor reader() {
        return user("uploader").authorities(new SimpleGrantedAuthority(StoragePermissions.UPLOAD));
    }

    /** A PDF file followed by {@code unique} (a comment after its end), so that no other test stores the same bytes. */
    private static byte[] pdf(byte[] unique) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(org.civitas.storage.ForgedFiles.pdf());
        out.writeBytes("%".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(unique);
        return out.toByteArray();
    }

    private static long idOf(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private static byte[] multipart(Object... pieces) {
        var body = new ByteArrayOutputStream();
        for (Object piece : pieces) {
            body.writeBytes(
                    piece instanceof byte[] bytes ? bytes : piece.toString().getBytes(StandardCharsets.UTF_8));
        }
        return body.toByteArray();
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from blob", Long.class);
    }
}
