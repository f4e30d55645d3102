package kitei.eligibility;

import java.util.List;

import kitei.engine.Conclusion;
import kitei.tariff.ContractType;
import kitei.tariff.OptionService;
import kitei.tariff.VpdnItem;

/** One A4 contract of the portfolio after the order; CLIENT counts its applications (A5.2). */
public record PortfolioContract(ContractType type, int position, Integer applications,
                                List<VpdnItem> items, List<OptionService> options) implements Conclusion {

    public static PortfolioContract client(int position, int applications) {
        return new PortfolioContract(ContractType.CLIENT, position, applications, null, null);
    }

    public static PortfolioContract of(Contract first) {
        boolean vpdn = first.type() == ContractType.VPDN;
        return new PortfolioContract(first.type(), first.position(), null,
                vpdn ? first.items() : null, vpdn ? first.options() : null);
    }

    @Override
    public String effect() {
        return "one " + type + " contract" + (applications == null ? "" : " of " + applications + " application(s)");
    }
}
