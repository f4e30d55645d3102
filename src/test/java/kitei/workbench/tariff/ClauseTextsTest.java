package kitei.workbench.tariff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kitei.tariff.Clauses;

class ClauseTextsTest {

    private final ClauseTexts texts = ClauseTexts.packed();

    @Test
    void everyClauseHasItsOwnJapaneseAndAnEnglishReading() {
        List<String> missing = new ArrayList<>();
        for (Clauses.Clause clause : Clauses.all()) {
            ClauseTexts.Text text = texts.of(clause.id());
            if (text.japanese() == null || text.whole() || text.english() == null) {
                missing.add(clause.id() + " " + text);
            }
        }
        assertEquals(List.of(), missing);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A5.3|3 品目をタイプ D とする|IIJ モバイルサービス/タイプ D（品目区分をⅠとするものに限ります。）の契約者である必要があります。|VPDN TYPE_D requires",
            "A5.1|IIJ 認証アウトソースサービスを利用するには|VPDN に係る利用の申込を行うことが必要です。|To use the service",
            "A5.6.5|(5) IIJ 認証アウトソースサービス/プロキシ|証識別装置の設定|The customer must",
            "A11.2|2 オプションサービスがその最低利用期間|2 に定める金額を支払うものとします。|An option that ends",
            "A6|第 6 条（利用の申込の制限）|同時に利用する態様での利用の申込を行うことはできません。|PROXY and GROUP",
            "App2.2|2 第 11 条第 2項関係|応する別紙 1の 2.月額費用に定める金額|For A11.2",
            "A14.2|2 当社は、IIJ 認証アウトソースサービスの安定した運用|制限を加えることができるものとします。|IIJ may limit sessions and traffic for stable operation.",
            "SP|附則|令和元年 12 月 1 日から実施します。|In force from 2009-03-01",
    })
    void aClauseIsItsParagraphOrItemAlone(String id, String starts, String ends, String english) {
        ClauseTexts.Text text = texts.of(id);
        assertTrue(text.japanese().startsWith(starts), text.japanese());
        assertTrue(text.japanese().endsWith(ends), text.japanese());
        assertFalse(text.whole());
        assertTrue(text.english().startsWith(english), text.english());
    }

    @Test
    void aParagraphTheTextDoesNotMarkShowsTheWholeArticle() {
        ClauseTexts.Text text = texts.of("A6.4");
        assertTrue(text.whole());
        assertTrue(text.japanese().startsWith("第 6 条（利用の申込の制限）"), text.japanese());
    }

    @Test
    void aWrappedLineThatStartsWithAnEarlierNumberStaysInItsParagraph() {
        ClauseTexts cut = new ClauseTexts("""
                第 1 条（種類）
                はじめの項。
                2 二つめの項は別紙
                2 に定める。
                3 三つめの項。
                第 3 条（本文の中で引く条）
                """, "- `A1` One.\n");
        assertEquals("2 二つめの項は別紙\n2 に定める。", cut.of("A1.2").japanese());
        assertEquals("3 三つめの項。\n第 3 条（本文の中で引く条）", cut.of("A1.3").japanese(), "a heading out of sequence is text, not an article");
        assertNull(cut.of("A3").japanese());
    }

    @Test
    void anIdOutsideTheTextHasNoText() {
        assertNull(texts.of("A99").japanese());
        assertNull(texts.of("not an id").japanese());
    }
}
