package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped data files and the normalisation they rely on. */
class EventLexiconTest {
    private static final EventLexicon LEXICON = EventLexicon.load();

    @Test
    void taxonomyHasTheTwelveTypesOfTheRecordFormat() {
        assertThat(LEXICON.taxonomy().keySet()).containsExactlyInAnyOrder("protest", "boycott_call",
                "online_campaign", "election", "arrest", "death_sentence", "execution", "killing", "rally",
                "attack", "statement", "other");
    }

    @Test
    void everyTypeMapsToAnAcledCodeAndHasTriggers() {
        Set<String> typed = LEXICON.triggers().stream().map(Trigger::type).collect(Collectors.toSet());
        for (EventType t : LEXICON.taxonomy().values()) {
            assertThat(t.acledEventType()).as(t.name()).isNotBlank();
            assertThat(t.acledSubEventType()).as(t.name()).isNotBlank();
            assertThat(t.disorderType()).as(t.name()).isIn("Demonstrations", "Political violence",
                    "Strategic developments");
            assertThat(typed).as("triggers for " + t.name()).contains(t.name());
        }
        assertThat(LEXICON.type("arrest").acledSubEventType()).isEqualTo("Arrests");
        assertThat(LEXICON.type("protest").acledEventType()).isEqualTo("Protests");
    }

    @Test
    void badRowsFailWithTheFileAndLine() {
        Map<String, String> files = new HashMap<>();
        files.put("taxonomy.tsv", "type\tacled_event_type\tacled_sub_event_type\tdisorder_type\tdescription\tabsorbs_participants\tone_per_report\tpoints_back_to\n"
                + "protest\tProtests\tPeaceful protest\tDemonstrations\tx\tno\tno\t-\n");
        files.put("triggers.tsv", "type\tphrase\tform\trequires\tunless\nriot\triot\tnoun\t-\t-\n");
        files.put("actors.tsv", "kind\tphrase\n");
        files.put("claimants.tsv", "kind\tword\n");
        files.put("guards.tsv", "kind\tword\n");
        assertThatThrownBy(() -> EventLexicon.of(files))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("riot");
    }

    @ParameterizedTest
    @CsvSource({
        "protests, protest", "protested, protest", "protesting, protest", "rallies, rally",
        "rallied, rally", "executed, execute", "gunned, gun", "killed, kill", "Iran\u2019s, iran",
        "votes, vote", "voted, vote", "elections, election", "#FreeThem, #hashtag",
        "uprisings, uprising", "stopped, stop", "gunning, gun", "classes, class", "students', student",
        "PROTESTS, protest",
    })
    void inflectionsMeetOnOneStem(String word, String base) {
        assertThat(Normalizer.stem(word)).isEqualTo(Normalizer.stem(base));
    }

    @Test
    void differentWordsStayApart() {
        assertThat(Normalizer.stem("protest")).isNotEqualTo(Normalizer.stem("protester"));
        assertThat(Normalizer.stem("announcement")).isNotEqualTo(Normalizer.stem("announced"));
        assertThat(Normalizer.stem("declare")).isEqualTo(Normalizer.stem("declared"));
        // exact forms keep the statement verb apart from the noun "declaration" and the like
        assertThat(LEXICON.triggers()).anyMatch(t -> t.phrase().equals("=declared"));
    }
}
