package kitei.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kitei.eligibility.MobileServiceType;
import kitei.eligibility.NetworkType;
import kitei.tariff.ContractType;
import kitei.tariff.VpdnItem;

/**
 * The words the tables may use that no Java enum spells out: the services of the conflict table, the
 * plans and categories of the mobile services, the set-up flags of a request, and the codes of API.md
 * with their clauses. A word outside these is most likely a typo.
 */
final class Vocabulary {

    static final Map<String, String> CODES = new LinkedHashMap<>();

    static {
        code("VPDN_ITEM_REQUIRED", "A2");
        code("USAGE_CONDITION_NOT_MET", "A5.1");
        code("CLIENT_TERMINAL_REQUIRED", "A5.2");
        code("TERMINAL_NOT_SINGLE_ADDRESS", "A5.2");
        code("DUPLICATE_TERMINAL", "A5.2");
        code("TYPE_D_PREREQUISITE", "A5.3");
        code("TYPE_K_PREREQUISITE", "A5.4");
        code("TYPE_I_PREREQUISITE", "A5.5");
        code("LOAD_BALANCING_REQUIRES_VPDN", "A8.2");
        code("LOAD_BALANCING_SINGLE_TERMINATOR", "A8.2");
        code("DUPLICATE_CONTRACT_TYPE", "A4");
        code("PROXY_GROUP_EXCLUSIVE", "A6");
        code("TYPE_I_PRIVATE_GATEWAY", "A14.3");
        code("TYPE_K_PRIVATE_GATEWAY", "A14.4");
        code("REALM", "A5.6.1");
        code("CLIENT_TERMINAL_SETUP", "A5.6.2");
        code("VPDN_TERMINATOR_SETUP", "A5.6.3");
        code("VPDN_TERMINAL_SETUP", "A5.6.4");
        code("PROXY_TARGET_SETUP", "A5.6.5");
        code("GROUP_REGISTRATION_INFO", "A5.6.6");
        code("CHANGE_NOT_DESIGNATED", "A7");
        code("NO_SUCH_CONTRACT", "A7");
    }

    /** A5.6.7 lets IIJ designate more obligations: a row citing it may bring a code of its own. */
    static final String OPEN_CLAUSE = "A5.6.7";

    /** What an obligation row may be done by: the realms rule's conclusion, or a set-up flag of the request. */
    static final List<String> SETUP_FLAGS = java.util.stream.Stream.concat(java.util.stream.Stream.of("realms"),
            kitei.eligibility.EligibilityRequest.SETUP_FLAGS.stream()).toList();

    private Vocabulary() {
    }

    private static void code(String code, String clause) {
        CODES.put(code, clause);
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

    /** What qualifies a mobile service: item category (D), plan (K), network type (I), as the tariff names them. */
    static List<String> qualifiers(MobileServiceType type) {
        return switch (type) {
            case TYPE_D -> List.of("I");
            case TYPE_K -> List.of("FLAT", "FLAT_L", "PACKET_SHARE_L");
            case TYPE_I -> java.util.Arrays.stream(NetworkType.values()).map(Enum::name).toList();
        };
    }

    static String qualifierNoun(MobileServiceType type) {
        return switch (type) {
            case TYPE_D -> "item category";
            case TYPE_K -> "plan";
            case TYPE_I -> "network type";
        };
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
