package kz.bagalau.deadlines.infrastructure;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.bagalau.deadlines.domain.MailTemplates;
import kz.bagalau.deadlines.domain.RenderedMail;

/**
 * Mail templates in Mustache, one file per kind and language ({@code mail/reminder_kk.txt}) holding three
 * sections: {@code === subject}, {@code === text} and {@code === html}. Values are HTML-escaped in the HTML part
 * only; the subject and the plain text take them as they are.
 */
@ApplicationScoped
public class MustacheMailTemplates implements MailTemplates {

    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    private final MustacheFactory html = new DefaultMustacheFactory(name -> null);

    private final MustacheFactory plain = new DefaultMustacheFactory(name -> null) {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private final Map<String, Map<String, Mustache>> compiled = new ConcurrentHashMap<>();

    @Override
    public RenderedMail render(String name, String locale, Map<String, Object> model) {
        String language = LANGUAGES.contains(locale) ? locale : "kk";
        Map<String, Mustache> parts = compiled.computeIfAbsent(name + "_" + language, this::compile);
        return new RenderedMail(run(parts.get("subject"), model).strip().replaceAll("\\s+", " "),
                run(parts.get("text"), model).strip() + "\n", run(parts.get("html"), model));
    }

    private Map<String, Mustache> compile(String file) {
        String source = read("mail/" + file + ".txt");
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : source.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (current != null) {
                    sections.put(current, body.toString());
                }
                current = line.substring(4).strip();
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            sections.put(current, body.toString());
        }
        if (!sections.keySet().containsAll(List.of("subject", "text", "html"))) {
            throw new IllegalStateException("Mail template " + file + " lacks a subject, text or html section");
        }
        Map<String, Mustache> parts = new LinkedHashMap<>();
        parts.put("subject", plain.compile(new StringReader(sections.get("subject")), file + "#subject"));
        parts.put("text", plain.compile(new StringReader(sections.get("text")), file + "#text"));
        parts.put("html", html.compile(new StringReader(sections.get("html")), file + "#html"));
        return parts;
    }

    private static String run(Mustache mustache, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        mustache.execute(out, model);
        return out.toString();
    }

    private static String read(String resource) {
        try (InputStream in = MustacheMailTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No mail template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
