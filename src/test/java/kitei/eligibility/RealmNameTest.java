package kitei.eligibility;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RealmNameTest {

    @Test
    void twoOrMoreLabelsOfLettersDigitsAndHyphensAreValid() {
        assertTrue(RealmName.isValid("example.co.jp"));
        assertTrue(RealmName.isValid("a-1.b2"));
    }

    @Test
    void oneLabelIsNotARealm() {
        assertFalse(RealmName.isValid("localhost"));
    }

    @Test
    void hyphensAtEitherEndOfALabelAreNotValid() {
        assertFalse(RealmName.isValid("-corp.example"));
        assertFalse(RealmName.isValid("corp-.example"));
    }

    @Test
    void emptyLabelsAndOtherCharactersAreNotValid() {
        assertFalse(RealmName.isValid("corp..example"));
        assertFalse(RealmName.isValid("corp.example."));
        assertFalse(RealmName.isValid("bad_realm.jp"));
        assertFalse(RealmName.isValid("user@example.jp"));
    }

    @Test
    void atMost253Characters() {
        String label = "a".repeat(62) + ".";
        assertTrue(RealmName.isValid(label.repeat(4) + "b"));
        assertFalse(RealmName.isValid(label.repeat(4) + "bb"));
    }
}
