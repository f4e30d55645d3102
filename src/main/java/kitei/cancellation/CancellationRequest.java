package kitei.cancellation;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.decision.Request;
import kitei.input.Input;
import kitei.input.Problems;
import kitei.prices.Priced;
import kitei.tariff.ContractType;
import kitei.tariff.OptionService;

/** Reads a {@code POST /v1/cancellation} body into the one {@link Cancellation} fact. Reading decides nothing. */
public record CancellationRequest(LocalDate asOf, Cancellation cancellation) implements Request {

    public static CancellationRequest read(JsonNode body) {
        Problems problems = new Problems();
        Input root = Input.root(body, problems);
        root.allowOnly("asOf", "subject", "type", "billingStartDate", "monthlyFee", "noticeReceivedDate",
                "requestedEffectiveDate", "reason");
        LocalDate asOf = root.date("asOf", false);
        Subject subject = root.enumValue("subject", Subject.class, true);
        Priced what = null;
        if (subject == Subject.CONTRACT) {
            ContractType type = root.enumValue("type", ContractType.class, true);
            what = type == null ? null : Priced.contract(type);
        } else if (subject == Subject.OPTION) {
            OptionService option = root.enumValue("type", OptionService.class, true);
            what = option == null ? null : Priced.option(option);
        }
        LocalDate billingStart = root.date("billingStartDate", true);
        LocalDate noticeReceived = root.date("noticeReceivedDate", true);
        LocalDate requested = root.date("requestedEffectiveDate", false);
        Reason reason = root.enumValue("reason", Reason.class, false);
        Long monthlyFee = root.yen("monthlyFee", false);
        problems.throwIfAny();
        return new CancellationRequest(asOf, new Cancellation(subject, what, billingStart, noticeReceived, requested,
                reason == null ? Reason.CUSTOMER : reason, monthlyFee));
    }

    public List<Object> facts() {
        return List.of(cancellation);
    }
}
