package kz.bagalau.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP client of the portal as a browser or an integration would use it: HTTP Basic for the API, and the
 * JSF login form (with its view state and session cookie) for pages, so tests see real status codes.
 */
public final class PortalClient {

    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final List<String> setCookies = new java.util.concurrent.CopyOnWriteArrayList<>();

    public PortalClient(URL deploymentUrl) {
        String url = deploymentUrl.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The server root (for /health and /openapi, which Payara serves outside the application). */
    public String serverRoot() {
        URI uri = URI.create(base);
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    public String base() {
        return base;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)).GET().build());
    }

    /** Calls the API with another method than GET (PUT, DELETE) and no body, as {@code username} / demo. */
    public HttpResponse<String> apiCall(String method, String path, String username) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(username, "demo"))
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    public HttpResponse<String> api(String path, String username, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(username, password))
                .header("Accept", "application/json")
                .GET().build());
    }

    /**
     * An API call as if relayed by the TLS proxy on loopback for a client at {@code clientAddress} (the test
     * deployment trusts 127.0.0.1 as its proxy, see web/pom.xml).
     */
    public HttpResponse<String> apiFrom(String clientAddress, String path, String username, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(username, password))
                .header("Accept", "application/json")
                .header("X-Forwarded-For", clientAddress)
                .GET().build());
    }

    /** An API call with a personal token ({@code Authorization: Bearer}). */
    public HttpResponse<String> bearer(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET().build());
    }

    /** A POST to the API with a JSON body, as a client would confirm or change something. */
    public HttpResponse<String> apiPost(String path, String username, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(username, "demo"))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> api(String path, String username) {
        return api(path, username, "demo");
    }

    /** Logs in through the JSF form; returns true when the portal redirected into the application. */
    public boolean logIn(String username, String password) {
        HttpResponse<String> answer = logInAnswer(username, password);
        return answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").contains("/app/");
    }

    /** Posts the login form and returns the portal's answer: a redirect when it let the user in, else the page. */
    public HttpResponse<String> logInAnswer(String username, String password) {
        HttpResponse<String> page = get("/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", username);
        form.put("loginForm:password", password);
        form.put("loginForm:submit", "");
        // As a browser does: the page's view state and PrimeFaces' CSP nonce, so a refused login renders its page.
        form.putAll(postback(page));
        return send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
    }

    /** A form POST to a page, as a browser (or a forged page elsewhere) would send it; extra headers optional. */
    public HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** A multipart upload of one file of {@code size} zero bytes in field {@code field}, as a file input sends it. */
    public HttpResponse<String> upload(String path, String field, String fileName, int size) {
        return upload(path, Map.of(), field, fileName, new byte[size]);
    }

    /** A multipart form post: the form's fields and one file, as a browser submits a form with a file input. */
    public HttpResponse<String> upload(String path, Map<String, String> fields, String fileField, String fileName,
                                       byte[] content) {
        String boundary = "----bagalau" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** The JSF view state of a page, to post its form back. */
    public static String viewState(HttpResponse<String> page) {
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("No view state on " + page.uri());
        }
        return m.group(1);
    }

    /**
     * The fields a browser sends back with a page's form besides its own: the view state, and PrimeFaces'
     * Content-Security-Policy nonce (its script adds {@code primefaces.nonce} to every postback, and a postback
     * without it is refused).
     */
    public static Map<String, String> postback(HttpResponse<String> page) {
        Matcher m = NONCE.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("No script nonce on " + page.uri());
        }
        return Map.of("jakarta.faces.ViewState", viewState(page), "primefaces.nonce", m.group(1));
    }

    public static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) json(response.body());
    }

    public static JsonArray array(HttpResponse<String> response) {
        return (JsonArray) json(response.body());
    }

    private static JsonStructure json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    /** Every Set-Cookie header the server sent this client so far, in order. */
    public List<String> lastSetCookies() {
        return List.copyOf(setCookies);
    }

    /** An API GET as {@code username} (password "demo") whose body is binary (a workbook, a PDF). */
    public HttpResponse<byte[]> bytes(String path, String username) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", basic(username, "demo")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            setCookies.addAll(response.headers().allValues("set-cookie"));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
