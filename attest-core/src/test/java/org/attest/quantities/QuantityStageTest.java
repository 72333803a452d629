package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Document;
import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.attest.model.Sentence;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentence-level behaviour of the quantity stage, on invented sentences. */
class QuantityStageTest {
    private static final QuantityStage STAGE = new QuantityStage(QuantityLexicon.load());

    @org.junit.jupiter.api.Test
    void aNumberInsideADateIsNoQuantity() {
        String text = "She was held in Aban 1401 and freed with 12 others.";
        int at = text.indexOf("Aban 1401");
        Document d = Document.of("t.txt", "test", "", null, null, "en", text, List.of())
                .withDates(List.of(new org.attest.model.DateMention("Aban 1401",
                        new org.attest.model.Span(at, at + 9), "2022-10", org.attest.model.DatePrecision.MONTH, false, "test")));
        assertThat(STAGE.apply(d).quantities()).extracting(Quantity::text).containsExactly("12 others");
    }

    static List<Quantity> run(String text) {
        return STAGE.apply(Document.of("t.txt", "test", "", null, null, "en", text, List.of())).quantities();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # sentence | expected span text | value | value max | qualifier | unit
        Police detained 48 students outside the university. | 48 students | 48 | - | exact | students
        Organisers said about 2,500 nurses marched to the ministry. | about 2,500 nurses | 2500 | - | about | nurses
        The strike spread to more than 140 factories and workshops by Friday. | more than 140 factories and workshops | 140 | - | more_than | factories and workshops
        At least 17 striking miners were wounded. | At least 17 striking miners | 17 | - | at_least | striking miners
        Rights monitors counted over 2300 arrests in a week. | over 2300 arrests | 2300 | - | more_than | arrests
        Police held 67 of the main organisers behind the sit-in. | 67 of the main organisers | 67 | - | exact | organisers
        The clinic reported 34 deaths overall by Sunday. | 34 deaths | 34 | - | exact | deaths
        Seven polling centres due to open on Sunday stayed shut. | Seven polling centres | 7 | - | exact | polling centres
        The petition gathered 1.5 million signatures online. | 1.5 million signatures | 1500000 | - | exact | signatures
        The app was downloaded 2.3m times last year, a record. | 2.3m times | 2300000 | - | exact | times
        The campaign drew 2.3m supporters, its organisers claimed. | 2.3m supporters | 2300000 | - | exact | supporters
        Eleven journalists remain behind bars. | Eleven journalists | 11 | - | exact | journalists
        Twenty-five lawyers signed the open letter. | Twenty-five lawyers | 25 | - | exact | lawyers
        The court heard three hundred complaints against the mayor. | three hundred complaints | 300 | - | exact | complaints
        Volunteers handed out a dozen leaflets each. | a dozen leaflets | 12 | - | exact | leaflets
        Hundreds of farmers blocked the motorway. | Hundreds of farmers | 100 | - | vague | farmers
        The rally drew tens of thousands of teachers from every region. | tens of thousands of teachers | 10000 | - | vague | teachers
        OSLO, May 3 (Wire) — Tens of thousands of nurses marched on Sunday. | Tens of thousands of nurses | 10000 | - | vague | nurses
        Hundreds of thousands of voters stayed home. | Hundreds of thousands of voters | 100000 | - | vague | voters
        Millions of citizens watched the debate. | Millions of citizens | 1000000 | - | vague | citizens
        Dozens of activists gathered near the square. | Dozens of activists | 12 | - | vague | activists
        Several hundred villagers fled their homes. | Several hundred villagers | 100 | - | vague | villagers
        A few thousand nurses marched. | A few thousand nurses | 1000 | - | vague | nurses
        A couple of hundred students marched to the gate. | A couple of hundred students | 200 | - | vague | students
        Between 40 and 60 guards took part in the raid. | Between 40 and 60 guards | 40 | 60 | range | guards
        The march attracted 5,000-7,000 residents despite the rain. | 5,000-7,000 residents | 5000 | 7000 | range | residents
        Organisers expected 300 to 400 delegates at the congress. | 300 to 400 delegates | 300 | 400 | range | delegates
        Up to 90 buses carried the supporters. | Up to 90 buses | 90 | - | up_to | buses
        As many as 700 families were displaced by the flood. | As many as 700 families | 700 | - | up_to | families
        Fewer than 20 observers were allowed inside. | Fewer than 20 observers | 20 | - | less_than | observers
        Nearly 900 schools closed during the strike. | Nearly 900 schools | 900 | - | about | schools
        An estimated 60,000 marchers filled the avenue. | An estimated 60,000 marchers | 60000 | - | about | marchers
        No fewer than 35 candidates were barred from standing. | No fewer than 35 candidates | 35 | - | at_least | candidates
        Turnout fell to 42 percent in the capital. | 42 percent | 42 | - | exact | percent
        Only 18% of registered voters took part. | 18% | 18 | - | exact | percent
        Support for the measure stood at 61 per cent. | 61 per cent | 61 | - | exact | percent
        The fund pledged $5 million to the families. | $5 million | 5000000 | - | exact | $
        Bail was set at 5 million rials for each detainee. | 5 million rials | 5000000 | - | exact | rials
        The union received €200 from each member. | €200 | 200 | - | exact | €
        The ministry spent US$ 3bn on security. | US$ 3bn | 3000000000 | - | exact | US$
        In the provincial capital over 800 were arrested overnight. | over 800 | 800 | - | more_than | people
        Witnesses said 14 had been killed near the bridge. | 14 | 14 | - | exact | people
        The regional death toll now stands at 212. | 212 | 212 | - | exact | deaths
        The number of imprisoned journalists rose to 54 this year. | 54 | 54 | - | exact | imprisoned journalists
        Officers fired on a crowd of about 800 near the bridge. | about 800 | 800 | - | about | people
        Two-thirds of the workers joined the walkout. | Two-thirds of the workers | 67 | - | exact | percent
        Four fifths of the depots stayed shut. | Four fifths of the depots | 80 | - | exact | percent
        Nine-tenths of the stalls had closed by noon. | Nine-tenths of the stalls | 90 | - | exact | percent
        Half a million people signed up. | Half a million people | 500000 | - | exact | people
        One in four young people in the city is out of work. | One in four young people | 25 | - | exact | percent
        A survey found 3 in 10 voters had never voted before. | 3 in 10 voters | 30 | - | exact | percent
        Four out of five workers said wages were too low. | Four out of five workers | 80 | - | exact | percent
        One in every five detainees is a student. | One in every five detainees | 20 | - | exact | percent
        Observers saw fraud at 1 in 20 polling stations. | 1 in 20 polling stations | 5 | - | exact | percent
        The clip was viewed more than 200,000 times in a day. | more than 200,000 times | 200000 | - | more_than | times
        The clip was seen 10,000 times in a day. | 10,000 times | 10000 | - | exact | times
        Thousands were detained after the vote. | Thousands | 1000 | - | vague | people
        Some 400 delegates voted for the motion. | Some 400 delegates | 400 | - | about | delegates
        The group posted 300 videos or more during the campaign. | 300 videos or more | 300 | - | at_least | videos
        The post got 2,500+ retweets in an hour. | 2,500+ retweets | 2500 | - | at_least | retweets
        Viasna counts 1,300-plus political prisoners. | 1,300-plus political prisoners | 1300 | - | at_least | political prisoners
        The 300-odd delegates left the hall. | 300-odd delegates | 300 | - | about | delegates
        Police fired on 27 young protesters Ali and Reza among them. | 27 young protesters | 27 | - | exact | young protesters
        Officials counted at least one fatality at the scene. | at least one fatality | 1 | - | at_least | fatality
        Upwards of 1,200 ballots were spoiled. | Upwards of 1,200 ballots | 1200 | - | more_than | ballots
        In excess of 3,000 petitions reached parliament. | In excess of 3,000 petitions | 3000 | - | more_than | petitions
        Officers seized 1,988 leaflets at the print shop. | 1,988 leaflets | 1988 | - | exact | leaflets
        Over 1500 were injured, the ministry said. | Over 1500 | 1500 | - | more_than | people
        Over 2000 nurses joined the strike. | Over 2000 nurses | 2000 | - | more_than | nurses
        In Herat, 14 shops were torched overnight. | 14 shops | 14 | - | exact | shops
        Clashes left 3 killed and many hurt. | 3 | 3 | - | exact | people
        Nearly half of the voters abstained. | Nearly half of the voters | 50 | - | about | percent
        Half of the union's members walked out. | Half of the union's members | 50 | - | exact | percent
        Women make up half the detainees, the monitor said. | half the detainees | 50 | - | exact | percent
        On that day 300 people were detained. | 300 people | 300 | - | exact | people
        Twelve of Iran's provinces reported strikes. | Twelve of Iran's provinces | 12 | - | exact | provinces
        Prices rose 20-30% within a month. | 20-30% | 20 | 30 | range | percent
        Two or three officers stood guard. | Two or three officers | 2 | 3 | range | officers
        Donors gave between 5 and 10 million dollars to the fund. | between 5 and 10 million dollars | 5000000 | 10000000 | range | dollars
        In 2019 the army deployed 4,000 troops to the border. | 4,000 troops | 4000 | - | exact | troops
        Turnout dropped by 7 percentage points in the cities. | 7 percentage points | 7 | - | exact | percentage points
        Around 3,000 tweets and posts used the slogan. | Around 3,000 tweets and posts | 3000 | - | about | tweets and posts
        The movement counts a hundred branches abroad. | a hundred branches | 100 | - | exact | branches
        One hundred and twenty prisoners went on hunger strike. | One hundred and twenty prisoners | 120 | - | exact | prisoners
        Officers arrested 150 or so students at the gate. | 150 or so students | 150 | - | about | students
        Teachers held sit-ins in 45 towns across the province. | 45 towns | 45 | - | exact | towns
        More than 70 percent of those polled agreed. | More than 70 percent | 70 | - | more_than | percent
        The embassy paid USD 40,000 in fines. | USD 40,000 | 40000 | - | exact | USD
        The ruling affected 2,000 people. | 2,000 people | 2000 | - | exact | people
        Thousands of farmers angry over prices blocked the road. | Thousands of farmers | 1000 | - | vague | farmers
        Hundreds of angry farmers blocked the road. | Hundreds of angry farmers | 100 | - | vague | angry farmers
        About 2 million people eligible to vote stayed home. | About 2 million people | 2000000 | - | about | people
        Two pupils, aged 13 and 16, were hurt. | Two pupils | 2 | - | exact | pupils
        Tens of thousands rally in the capital. | Tens of thousands | 10000 | - | vague | people
        Thousands of young Kenyans took to the streets. | Thousands of young Kenyans | 1000 | - | vague | young Kenyans
        On 8 June 1,500 workers joined them. | 1,500 workers | 1500 | - | exact | workers
        On Monday 30 more workers joined them. | 30 more workers | 30 | - | exact | workers
        The state paid 5 crore rupees to the families. | 5 crore rupees | 50000000 | - | exact | rupees
        Villagers received 2 lakh rupees each. | 2 lakh rupees | 200000 | - | exact | rupees
        امروز 200 کارگر در اهواز تجمع کردند. | 200 کارگر | 200 | - | exact | کارگر
        امروز بیش از 200 کارگر در اهواز تجمع کردند. | بیش از 200 کارگر | 200 | - | more_than | کارگر
        Workers demanded a wage of 23,000 taka a month. | 23,000 taka | 23000 | - | exact | taka
        Hundreds braved the rain outside the court. | Hundreds | 100 | - | vague | people
        A crowd of thousands defies the ban. | thousands | 1000 | - | vague | people
        Hundreds more nurses arrived at noon. | Hundreds more nurses | 100 | - | vague | nurses
        Police held over 40 protesters overnight. | over 40 protesters | 40 | - | more_than | protesters
        Troops killed over 40 in the town. | over 40 | 40 | - | more_than | people
        In Zahedan over 90 were killed. | over 90 | 90 | - | more_than | people
        At least 471 of those executed were convicted of drug offences. | At least 471 | 471 | - | at_least | people
        One protester was killed in Izeh on Saturday. | One protester | 1 | - | exact | protester
        Among them, 12, were women. | 12 | 12 | - | exact | -
        Police held two rally organisers overnight. | two rally organisers | 2 | - | exact | rally organisers
        Four miners die as a shaft floods in the north. | Four miners | 4 | - | exact | miners
        Three hundred teachers rally outside the ministry. | Three hundred teachers | 300 | - | exact | teachers
        Troops opened fire on the crowd, killing 12. | 12 | 12 | - | exact | people
        Police arrested at least 37 in the capital. | at least 37 | 37 | - | at_least | people
        Police detained 30 and released them later. | 30 | 30 | - | exact | people
        Police kill 3 as protests spread to the north | 3 | 3 | - | exact | people
        A 5,000-strong crowd rallied outside the prison. | 5,000-strong crowd | 5000 | - | exact | crowd
        The march was 300-strong by noon. | 300-strong | 300 | - | exact | people
        The blast left nine people dead near the market. | nine people | 9 | - | exact | people
        Bail for the 14 detained teachers was set this week. | 14 detained teachers | 14 | - | exact | detained teachers
        Witnesses said 14 detained yesterday were later freed. | 14 | 14 | - | exact | people
        """)
    void findsTheQuantity(String sentence, String text, Double value, Double valueMax, String qualifier, String unit) {
        List<Quantity> found = run(sentence);
        if (text == null) {
            assertThat(found).as(sentence).isEmpty();
            return;
        }
        Quantity q = assertOne(found, sentence, text, value, valueMax, qualifier, unit);
        assertThat(q.rule()).startsWith("quantities.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Rents rose three times faster than wages.",
        "The crackdown began in 1999 and lasted until 2003.",
        "Protests from 2011 to 2014 reshaped the party.",
        "On March 3, 2022, the council met again.",
        "The hearing is set for 12 October.",
        "The strike of May 2019 is remembered.",
        "The activist, aged 34, was released.",
        "A 29-year-old teacher was summoned.",
        "The student (21) was expelled.",
        "He spent eight years in prison.",
        "The sit-in lasted three days.",
        "They marked the party's 60-year history.",
        "During his ten-year tenure the press suffered.",
        "Security forces patrolled around the clock.",
        "It was the second protest this month.",
        "She finished 3rd in the vote.",
        "On the first day the square filled.",
        "Supporters used the tag #Strike2024 widely.",
        "Write to @union42 for details.",
        "See https://example.org/report/2023/45 for the data.",
        "Banner 728 x 90",
        "The rally starts at 10:30 sharp.",
        "Call +44 20 7946 0000 for help.",
        "He was one of the organisers.",
        "One day the shops simply closed.",
        "Not a single day passed without arrests.",
        "Article 5 of the constitution was cited.",
        "Inmates in Ward 209 went on hunger strike.",
        "The COVID-19 rules were lifted.",
        "The Boeing 737 was grounded.",
        "Copyright © 2021 All Rights Reserved",
        "Less than six months later the leader resigned.",
        "Over the past four decades the movement grew.",
        "In the 1990s the union was banned.",
        "The Group of Seven issued a statement.",
        "The election falls on 18/06/2021 this year.",
        "Several activists were questioned.",
        "Over a few days the protests faded.",
        "The raid happened at 3pm on Tuesday.",
        "The march covered 12km through the centre.",
        "No one was hurt.",
        "1. The first demand is the release of detainees.",
        "Under Section 12 the order was upheld.",
        "Document No. 7 was leaked.",
        "The AK-47 rifles were seized.",
        "The 2020 protests were the largest in years.",
        "The protests of 4 March spread quickly.",
        "The regime has ruled for over 40 years.",
        "Photo 3 of the series shows the square.",
        "They had half an hour to leave.",
        "They spent half the time in solitary confinement.",
        "The hearing was moved to Sept. 12 at the request of the defence.",
        "NAIROBI, Aug. 2, 2024 — The hearing was postponed.",
        "The court sentenced Farid Nouri, 31, to prison.",
        "He was hanged over 2022 protests in the city.",
        "Most voters under 30 said they would stay home.",
        "The singer, 27, was sentenced in January.",
        "The campaign marked day 1,000 of the detention of journalist Niloufar K., 31.",
        "Call the hotline on 021-8888-1234 for news.",
        "Tel. 0207 123 4567 or +98 21 1234 5678.",
        "The men, aged between 18 and 25, appeared in court.",
        "The victims were aged 17-24, doctors said.",
        "Live updates: day 12 of the protests",
        "Press freedom groups ranked the country 177th out of 180.",
        "The country ranks 150 of 180 in the index.",
        "Prisoners aged under 18 were held apart.",
    })
    void findsNothing(String sentence) {
        assertThat(run(sentence)).as(sentence).isEmpty();
    }

    @Test
    void keepsTextOrderAndSeveralPerSentence() {
        String text = "Guards beat 12 prisoners and moved 30 others, while 4 lawyers protested.";
        List<Quantity> found = run(text);
        assertThat(found).extracting(Quantity::value).containsExactly(12.0, 30.0, 4.0);
        assertThat(found).extracting(Quantity::unit).containsExactly("prisoners", "others", "lawyers"); // 30 others keep their word (OtherUnits)
    }

    @Test
    void usesSentencesWhenGivenAndDoesNotCrossThem() {
        String text = "They counted 40. Marchers came later.";
        Document doc = Document.of("t", "t", "", null, null, "en", text, List.of())
                .withSentences(List.of(new Sentence(new Span(0, 16), 0, false), new Sentence(new Span(17, 37), 0, false)));
        List<Quantity> found = STAGE.apply(doc).quantities();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).unit()).isNull();
        assertThat(found.get(0).text()).isEqualTo("40");
    }

    @Test
    void lonePartAfterOutOfTakesTheUnitOfTheQuantityBefore() {
        List<Quantity> found = run("The council approved nine other nominees out of roughly 240 who applied.");
        assertThat(found).extracting(Quantity::text).containsExactly("nine other nominees", "roughly 240");
        assertThat(found).extracting(Quantity::unit).containsExactly("nominees", "nominees");
        assertThat(found.get(1).rule()).endsWith("unit:earlier");
    }

    @Test
    void aPartInDigitsBeforeASmallWholeIsACountNotAShare() {
        List<Quantity> found = run("Police arrested 4 in 5 cities on Monday.");
        assertThat(found).extracting(Quantity::text).containsExactly("4", "5 cities");
        assertThat(found).extracting(Quantity::value).containsExactly(4.0, 5.0);
    }

    @Test
    void aPartOfAWholeTakesTheWholesUnitAndLeavesItAQuantity() {
        List<Quantity> found = run("The party won 112 of the 290 seats, and about a quarter of the 800 detainees "
                + "were freed.");
        assertThat(run("Strikes hit nearly half of the country's 31 provinces.")).extracting(Quantity::unit)
                .containsExactly("percent", "provinces");
        assertThat(found).extracting(Quantity::text)
                .containsExactly("112", "290 seats", "about a quarter", "800 detainees");
        assertThat(found).extracting(Quantity::unit).containsExactly("seats", "seats", "percent", "detainees");
    }

    @Test
    void aChangeTakesTheUnitOfTheQuantityItChanges() {
        List<Quantity> found = run("The ruling party took 52 seats, down 18, and 112 deputies, up from 96.");
        assertThat(found).extracting(Quantity::text).containsExactly("52 seats", "18", "112 deputies", "96");
        assertThat(found).extracting(Quantity::unit).containsExactly("seats", "seats", "deputies", "deputies");
    }

    @Test
    void partOfTheQuantityJustBeforeTakesItsUnit() {
        List<Quantity> found = run("Guards detained 212 citizens in 23 towns, 48 of whom were later freed, "
                + "and beat 9 miners, two of them badly.");
        assertThat(found).extracting(Quantity::text).containsExactly("212 citizens", "23 towns", "48", "9 miners", "two");
        assertThat(found).extracting(Quantity::unit).containsExactly("citizens", "towns", "citizens", "miners", "miners");
    }

    @Test
    void describesWhatIsCounted() {
        Quantity q = run("Militia units burned 16 houses in the northern villages.").get(0);
        assertThat(q.what()).isEqualTo("houses in the northern villages");
        assertThat(q.what().length()).isLessThanOrEqualTo(WhatBuilder.MAX);
        assertThat(run("Guards shot 9 inmates, a lawyer said.").get(0).what()).isEqualTo("inmates, a lawyer said");
    }

    @Test
    void leavesOtherFindingsAndReplacesOldQuantities() {
        Document doc = Document.of("t", "t", "", null, null, "en", "Some 70 clinics closed.", List.of());
        Document once = STAGE.apply(doc);
        Document twice = STAGE.apply(once);
        assertThat(twice.quantities()).isEqualTo(once.quantities()).hasSize(1);
        assertThat(once.quantities().get(0).qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(STAGE.name()).isEqualTo("quantities");
    }

    @Test
    void emptyAndOddTextGiveNothingAndDoNotThrow() {
        assertThat(run("")).isEmpty();
        assertThat(run("   \n\n  ")).isEmpty();
        assertThat(run("1,")).hasSize(1);
        assertThat(run("$ , % - 12- -")).isNotNull();
    }

    /** Asserts that {@code found} is the one figure of {@code sentence} with these fields; returns it. */
    static Quantity assertOne(List<Quantity> found, String sentence, String text, Double value, Double valueMax,
                              String qualifier, String unit) {
        assertThat(found).as(sentence).hasSize(1);
        Quantity q = found.get(0);
        assertThat(q.text()).isEqualTo(text);
        assertThat(q.span().of(sentence)).isEqualTo(text);
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.valueMax()).isEqualTo(valueMax);
        assertThat(q.qualifier().code()).isEqualTo(qualifier);
        assertThat(q.unit()).isEqualTo(unit);
        return q;
    }
}
