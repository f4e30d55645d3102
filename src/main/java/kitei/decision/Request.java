package kitei.decision;

import java.time.LocalDate;
import java.util.List;

/** A request as read for the rules: the day it asks as of (null: today in Japan) and the facts it states. */
public interface Request {

    LocalDate asOf();

    List<?> facts();
}
