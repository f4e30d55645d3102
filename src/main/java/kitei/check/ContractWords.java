package kitei.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import kitei.eligibility.EligibilityRequest;
import kitei.eligibility.MobileServiceType;
import kitei.tariff.ContractType;
import kitei.tariff.VpdnItem;

/**
 * The words of the HTTP contract (spec/API.md) that the tables may use: the services of the conflict
 * table and the set-up flags of a request. They change with the contract, not with a table edit;
 * what the tariff leaves to IIJ is in the analysts' {@link Vocabulary}.
 */
final class ContractWords {

    /** What an obligation row may be done by: the realms rule's conclusion, or a set-up flag of the request. */
    static final List<String> SETUP_FLAGS = Stream.concat(Stream.of("realms"), EligibilityRequest.SETUP_FLAGS.stream()).toList();

    private ContractWords() {
    }

    /** The services a conflict row may name ({@code Usage.service()}). */
    static List<String> services() {
        List<String> services = new ArrayList<>();
        for (ContractType type : ContractType.values()) {
            services.add(type.name());
        }
        for (VpdnItem item : VpdnItem.values()) {
            services.add("VPDN_" + item.name());
        }
        for (MobileServiceType type : MobileServiceType.values()) {
            services.add("MOBILE_" + type.name());
        }
        services.add("LARGE_SCALE_PRIVATE_GATEWAY");
        return services;
    }

    static Optional<MobileServiceType> mobileType(String word) {
        String name = word.startsWith("MOBILE_") ? word.substring(7) : word;
        for (MobileServiceType type : MobileServiceType.values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
