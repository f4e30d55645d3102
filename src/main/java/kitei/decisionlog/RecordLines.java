package kitei.decisionlog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;

import kitei.decision.Answer;

/**
 * A record as one line of UTF-8 JSON, the answer without its trace. Jackson's UTF-8 writer escapes
 * what UTF-8 cannot carry (an unpaired surrogate becomes {@code \ud800}), so every record has a
 * line; a record that cannot be written at all (a bug, not a disk failure) is counted, logged and
 * written as what is known of it, never retried.
 */
final class RecordLines {

    private static final Logger LOG = LoggerFactory.getLogger(RecordLines.class);

    private final ObjectMapper json;
    private final AtomicLong unencodable = new AtomicLong();

    RecordLines(ObjectMapper json) {
        this.json = json.copy().registerModule(new SimpleModule("decision-log").setSerializerModifier(new WithoutTrace()));
    }

    /** Appends the record's line to {@code out}. */
    void write(DecisionRecord record, LineBuffer out) {
        int start = out.length();
        try {
            json.writeValue(out, record);
            out.write('\n');
        } catch (IOException | RuntimeException failed) {
            out.cutTo(start);
            unencodable.incrementAndGet();
            LOG.error("decision {} cannot be written as JSON; logged without its request and answer", record.decisionId(), failed);
            Map<String, Object> known = new LinkedHashMap<>();
            known.put("decisionId", record.decisionId());
            known.put("time", record.time());
            known.put("endpoint", record.endpoint());
            known.put("rulebase", record.rulebase());
            known.put("unencodable", String.valueOf(failed.getMessage()));
            try {
                json.writeValue(out, known);
                out.write('\n');
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
        }
    }

    long unencodable() {
        return unencodable.get();
    }

    /** The trace explains an answer to its reader; the log keeps the conclusions, which replay compares. */
    private static final class WithoutTrace extends BeanSerializerModifier {
        @Override
        public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                                                         List<BeanPropertyWriter> properties) {
            if (Answer.class.isAssignableFrom(bean.getBeanClass())) {
                properties.removeIf(property -> property.getName().equals("trace"));
            }
            return properties;
        }
    }
}
