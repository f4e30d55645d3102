/**
 * Version 1 of the HTTP API: the answer types exactly as {@code openapi.yaml} describes them, each
 * named for its schema, and {@link kitei.api.v1.Answers}, the one place where what the rules
 * concluded (facts of the domain packages) becomes an answer. A fact may change shape freely; only
 * a change here changes the contract. A version 2 would be a sibling package, as OPA keeps
 * {@code DataResponseV1} apart from its evaluator's types.
 */
package kitei.api.v1;
