package kitei.tariff;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates in the tariff are calendar dates in Japan. */
public final class JapanTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private JapanTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
