package kitei.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.decision.Request;
import kitei.input.Input;
import kitei.input.Problems;
import kitei.tariff.ContractType;
import kitei.tariff.OptionService;
import kitei.tariff.VpdnItem;

/**
 * Reads a {@code POST /v1/eligibility} body into the facts the rules decide from: the contracts of
 * the portfolio after the order (held first, then requested), their items and terminals, the mobile
 * services, the private gateway, the realms and the set-up already done. Reading decides nothing.
 */
public record EligibilityRequest(LocalDate asOf, List<Object> facts) implements Request {

    /** The request's set-up flags, as the obligations table names them (its "done when" column). */
    public static final List<String> SETUP_FLAGS = List.of(
            "clientTerminalsConfigured", "vpdnTerminatorsConfigured", "vpdnTerminalsConfigured",
            "proxyTargetsConfigured", "groupRegistrationInfoProvided");

    private static final String[] SETUP_FIELDS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("realms"), SETUP_FLAGS.stream()).toArray(String[]::new);

    public static EligibilityRequest read(JsonNode body) {
        Problems problems = new Problems();
        Input root = Input.root(body, problems);
        root.allowOnly("asOf", "customer", "order", "setup");
        List<Object> facts = new ArrayList<>();
        LocalDate asOf = root.date("asOf", false);

        Input customer = root.object("customer", false);
        customer.allowOnly("mobileServices", "largeScalePrivateGateway", "contracts");
        Input order = root.object("order", true);
        order.allowOnly("contracts");
        int position = 0;
        int terminalPosition = 0;
        for (Input contract : customer.objects("contracts", false)) {
            terminalPosition = readContract(contract, true, position++, terminalPosition, facts);
        }
        for (Input contract : order.objects("contracts", true)) {
            terminalPosition = readContract(contract, false, position++, terminalPosition, facts);
        }
        for (Input mobile : customer.objects("mobileServices", false)) {
            readMobileService(mobile, facts);
        }
        if (customer.flag("largeScalePrivateGateway")) {
            facts.add(new PrivateGateway(customer.pointer("largeScalePrivateGateway")));
        }
        readSetup(root.object("setup", false), facts);
        problems.throwIfAny();
        return new EligibilityRequest(asOf, facts);
    }

    private static int readContract(Input contract, boolean held, int position, int terminalPosition, List<Object> facts) {
        contract.allowOnly("type", "accounts", "terminals", "targets", "items", "terminators", "options");
        ContractType type = contract.enumValue("type", ContractType.class, true);
        onlyFor(contract, type, ContractType.GROUP, "accounts");
        onlyFor(contract, type, ContractType.CLIENT, "terminals");
        onlyFor(contract, type, ContractType.PROXY, "targets");
        onlyFor(contract, type, ContractType.VPDN, "items");
        onlyFor(contract, type, ContractType.VPDN, "terminators");
        contract.integer("accounts", 1, false);
        Integer terminators = contract.integer("terminators", 0, false);
        List<VpdnItem> items = contract.enumValues("items", VpdnItem.class);
        List<OptionService> options = contract.enumValues("options", OptionService.class);
        readTargets(contract);
        if (type == null) {
            return terminalPosition;
        }
        String pointer = contract.pointer();
        facts.add(new Contract(pointer, type, held, position, items, terminators == null ? 0 : terminators, options));
        Set<VpdnItem> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i))) {
                contract.problem("items", i, "item " + items.get(i) + " is named twice; name each item once");
            }
            facts.add(new ContractItem(pointer + "/items/" + i, pointer, items.get(i)));
        }
        List<Input> terminals = contract.objects("terminals", false);
        for (Input terminal : terminals) {
            readTerminal(terminal, pointer, held, terminalPosition++, facts);
        }
        return terminalPosition;
    }

    private static void onlyFor(Input contract, ContractType type, ContractType owner, String field) {
        if (type != null && type != owner && contract.has(field)) {
            contract.problem(field, "'" + field + "' belongs to " + owner + " contracts only, not to " + type);
        }
    }

    private static void readTargets(Input contract) {
        for (Input target : contract.objects("targets", false)) {
            target.allowOnly("host", "port");
            target.text("host", true);
            Integer port = target.integer("port", 1, false);
            if (port != null && port > 65535) {
                target.problem("port", "expected a port number from 1 to 65535, got " + port);
            }
        }
    }

    private static void readTerminal(Input terminal, String contractPointer, boolean held, int position, List<Object> facts) {
        terminal.allowOnly("ip");
        String written = terminal.text("ip", true);
        if (written == null) {
            return;
        }
        TerminalAddress.Reading reading = TerminalAddress.read(written);
        switch (reading.form()) {
            case SINGLE -> facts.add(new Terminal(terminal.pointer(), contractPointer, held, position, written, reading.canonical()));
            case PREFIX_OR_RANGE -> facts.add(new Terminal(terminal.pointer(), contractPointer, held, position, written, null));
            case NOT_AN_ADDRESS -> terminal.problem("ip", "'" + written + "' is no IP address; expected one IPv4 or IPv6 address, like 192.0.2.10 or 2001:db8::10");
        }
    }

    private static void readMobileService(Input mobile, List<Object> facts) {
        mobile.allowOnly("service", "itemCategory", "plan", "networkType");
        MobileServiceType type = mobile.enumValue("service", MobileServiceType.class, true);
        String qualifier = null;
        if (type != null) {
            onlyForMobile(mobile, type, MobileServiceType.TYPE_D, "itemCategory");
            onlyForMobile(mobile, type, MobileServiceType.TYPE_K, "plan");
            onlyForMobile(mobile, type, MobileServiceType.TYPE_I, "networkType");
            qualifier = switch (type) {
                case TYPE_D -> mobile.text("itemCategory", false);
                case TYPE_K -> mobile.text("plan", false);
                case TYPE_I -> {
                    NetworkType network = mobile.enumValue("networkType", NetworkType.class, false);
                    yield network == null ? null : network.name();
                }
            };
            facts.add(new MobileService(mobile.pointer(), type, qualifier));
        }
    }

    private static void onlyForMobile(Input mobile, MobileServiceType type, MobileServiceType owner, String field) {
        if (type != owner && mobile.has(field)) {
            mobile.problem(field, "'" + field + "' belongs to mobile service " + owner + " only, not to " + type);
        }
    }

    private static void readSetup(Input setup, List<Object> facts) {
        setup.allowOnly(SETUP_FIELDS);
        List<String> realms = setup.texts("realms");
        for (int i = 0; i < realms.size(); i++) {
            facts.add(new Realm(setup.pointer("realms") + "/" + i, realms.get(i)));
        }
        for (String flag : SETUP_FLAGS) {
            if (setup.flag(flag)) {
                facts.add(new SetupDone(flag));
            }
        }
    }
}
