package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.quantities.QuantityStageTest.run;

import java.util.List;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Figures as annual statistics reports, election results, casualty tallies, economic news,
 * court reports and polls write them; invented sentences.
 */
class QuantityReportStylesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # sentence | expected span text | value | value max | qualifier | unit
        Economists put the deficit at IRR 800 trillion. | IRR 800 trillion | 800000000000000 | - | exact | IRR
        The court ordered him to return Rls 40bn. | Rls 40bn | 40000000000 | - | exact | Rls
        Cleaners earn ₦70,000 a month. | ₦70,000 | 70000 | - | exact | ₦
        Bus drivers earn around JD 450 a month. | around JD 450 | 450 | - | about | JD
        The miners' fund lost more than KD 2 million last year. | more than KD 2 million | 2000000 | - | more_than | KD
        Market porters in Kumasi earn ₵40 a day. | ₵40 | 40 | - | exact | ₵
        Bread now costs 350 tenge in Shymkent. | 350 tenge | 350 | - | exact | tenge
        Each protester was fined Rp 2 million. | Rp 2 million | 2000000 | - | exact | Rp
        A sack of rice sells for 25,000 CFA francs in Bamako. | 25,000 CFA francs | 25000 | - | exact | CFA francs
        The charity raised 5 million US dollars. | 5 million US dollars | 5000000 | - | exact | US dollars
        A crowd estimated at 8,000 filled the square. | estimated at 8,000 | 8000 | - | about | people
        Some estimates put the death toll as high as 90,000. | as high as 90,000 | 90000 | - | up_to | deaths
        Upward of 300 miners walked out. | Upward of 300 miners | 300 | - | more_than | miners
        Slightly fewer than 200 delegates voted. | Slightly fewer than 200 delegates | 200 | - | less_than | delegates
        Turnout edges up to 47% in the runoff | 47% | 47 | - | exact | percent
        The losses added up to $3 billion. | $3 billion | 3000000000 | - | exact | $
        Each family receives between $250 and $600. | between $250 and $600 | 250 | 600 | range | $
        Approval ranged from 55% to 65% in the polls. | 55% to 65% | 55 | 65 | range | percent
        Between 40% and 45% of voters abstained. | Between 40% and 45% | 40 | 45 | range | percent
        The bank lost 2.5 bln rials. | 2.5 bln rials | 2500000000 | - | exact | rials
        The state debt reached $1.2tn. | $1.2tn | 1200000000000 | - | exact | $
        Prices rose 12pc in a month. | 12pc | 12 | - | exact | percent
        A fifth of the detainees were women. | A fifth of the detainees | 20 | - | exact | percent
        A quarter of a million people fled the city. | A quarter of a million people | 250000 | - | exact | people
        Thousands of farmers drove tractors into the capital. | Thousands of farmers | 1000 | - | vague | farmers
        Hundreds upon hundreds of mourners lined the road. | Hundreds upon hundreds of mourners | 100 | - | vague | mourners
        Dozens and dozens of cars were burned. | Dozens and dozens of cars | 12 | - | vague | cars
        One out of every three detainees was beaten. | One out of every three detainees | 33 | - | exact | percent
        More than 2 in 3 voters backed the boycott. | More than 2 in 3 voters | 67 | - | more_than | percent
        Nine in 10 nurses work unpaid overtime. | Nine in 10 nurses | 90 | - | exact | percent
        A survey of 4,000 adults finds deep distrust | 4,000 adults | 4000 | - | exact | adults
        The attack cost 300 human lives. | 300 human lives | 300 | - | exact | human lives
        Doctors named 41 of the dead on Sunday. | 41 | 41 | - | exact | people
        Nearly 400 were held overnight. | Nearly 400 | 400 | - | about | people
        Over half of all hangings were for drug offences. | Over half of all hangings | 50 | - | more_than | percent
        Voters in three provincial assembly seats went to the polls. | three provincial assembly seats | 3 | - | exact | provincial assembly seats
        At least 10 described beatings in custody. | At least 10 | 10 | - | at_least | -
        Forty-odd teachers were summoned. | Forty-odd teachers | 40 | - | about | teachers
        Thirty-plus lawyers signed the letter. | Thirty-plus lawyers | 30 | - | at_least | lawyers
        Two and a half million people voted. | Two and a half million people | 2500000 | - | exact | people
        Bakers in 12 provinces threaten strikes | 12 provinces | 12 | - | exact | provinces
        Ten of them were under 18. | Ten | 10 | - | exact | -
        Dozens more were wounded on Friday. | Dozens | 12 | - | vague | people
        Thousands more are expected to join. | Thousands | 1000 | - | vague | people
        Iran hangs 12 in a day as executions surge | 12 | 12 | - | exact | people
        Families of 20 prisoners or fewer may visit. | 20 prisoners or fewer | 20 | - | up_to | prisoners
        Police killed 300 people at least in the first week. | 300 people at least | 300 | - | at_least | people
        Inflation of 40% or higher was forecast. | 40% or higher | 40 | - | at_least | percent
        Turnout was under 18% in the capital. | under 18% | 18 | - | less_than | percent
        On 12 and 13 October 2023, 40 people were detained. | 40 people | 40 | - | exact | people
        The country has a population of 88 million. | 88 million | 88000000 | - | exact | people
        At least 12 received prison sentences. | At least 12 | 12 | - | at_least | -
        Officials said "tens of thousands" of retirees marched. | tens of thousands" of retirees | 10000 | - | vague | retirees
        Managers said "fewer than 400" workers stopped. | fewer than 400" workers | 400 | - | less_than | workers
        Iran Hangs 12 Protesters as Executions Surge | 12 Protesters | 12 | - | exact | Protesters
        The death toll was 22. | 22 | 22 | - | exact | deaths
        The government approved a $1.2-billion package. | $1.2-billion | 1200000000 | - | exact | $
        She was handed a 10-million-toman fine. | 10-million-toman | 10000000 | - | exact | tomans
        He paid a 500-euro fine. | 500-euro | 500 | - | exact | euros
        Police Arrest Two Dozen Students in Tehran | Two Dozen Students | 24 | - | exact | Students
        """)
    void findsTheQuantity(String sentence, String text, Double value, Double valueMax, String qualifier, String unit) {
        QuantityStageTest.assertOne(run(sentence), sentence, text, value, valueMax, qualifier, unit);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The convoy stopped some 60 kilometres from the border.",
        "Each car may buy 60 litres a month.",
        "The court upheld the ban in a 3-2 ruling.",
        "Call the office on (212) 555-0198 for details.",
        "Call the office on (212) 555-1234 for details.",
        "Branch 15 of the Revolutionary Court issued the verdict.",
        "The march went on for four and a half hours.",
        "Pensioners rallied on three consecutive Sundays.",
        "The sit-in lasted three consecutive days.",
        "Download the full report (PDF, 42 pages, 3.1 MB).",
        "By Staff | 6 min read",
        "Trucks parked near the depot (1 of 8)",
        "Relatives gather outside the prison (Image 2 of 5)",
        "Strikes were held on 4, 5 and 6 June in the capital.",
        "Rallies were held on June 4 and 5.",
        "The talks were held on Nov. 4-5 in Geneva.",
        "The youngest victim was a boy of 13, it said.",
        "A mother of two from the city was arrested.",
        "She was 22.",
        "The teenager, who was 17, was shot.",
        "He is 45 and a father of four.",
        "The rights activist, who turns 52 next month, remains in prison.",
        "Their ages ranged from 15 to 60.",
        "Quotas were cut from 3,000 to 1,500 litres.",
        "The rally began at 1400 GMT.",
        "Protests flared between 2010 and 2020 in many towns.",
    })
    void findsNothing(String sentence) {
        assertThat(run(sentence)).as(sentence).isEmpty();
    }

    @Test
    void aChangeFromOneValueToAnotherIsNoRange() {
        List<Quantity> found = run("Hangings for drug offences rose from 18 to 27 last year.");
        assertThat(found).extracting(Quantity::text).containsExactly("18", "27");
        assertThat(found).extracting(Quantity::valueMax).containsOnlyNulls();
        assertThat(run("From 300 to 450 people were detained.")).extracting(Quantity::valueMax).containsExactly(450.0);
    }

    @Test
    void aBareNumberSharesTheUnitOfAQuantityJustBefore() {
        assertThat(run("The assembly passed the motion by 71 votes to 12.")).extracting(Quantity::unit)
                .containsExactly("votes", "votes");
        List<Quantity> found = run("Monitors counted 410 hangings this year, against the 300 recorded in 2021.");
        assertThat(found).extracting(Quantity::text).containsExactly("410 hangings", "300");
        assertThat(found).extracting(Quantity::unit).containsExactly("hangings", "hangings");
        assertThat(found.get(1).rule()).endsWith("unit:sibling");
        assertThat(run("Of the 12 candidates, three withdrew on Monday.")).extracting(Quantity::text)
                .containsExactly("12 candidates", "three");
        // a share and a name between the count and the bare number do not part them
        List<Quantity> results = run("Ahmadi took 10.4 million votes (42.5%), Karimi 9.47 million (38.6%).");
        assertThat(results).extracting(Quantity::text).containsExactly("10.4 million votes", "42.5%",
                "9.47 million", "38.6%");
        assertThat(results.get(2).unit()).isEqualTo("votes");
    }

    @Test
    void theOldValueOfAChangeCountsWhatTheNewValueCounts() {
        List<Quantity> found = run("Fees for each visit rose from 300,000 to 450,000 tomans.");
        assertThat(found).extracting(Quantity::unit).containsExactly("tomans", "tomans");
    }

    @Test
    void aPartOfAWholeWrittenWithoutTheTakesItsUnit() {
        assertThat(run("The bloc won 190 of 290 seats.")).extracting(Quantity::unit).containsExactly("seats", "seats");
    }

    @Test
    void aNumberAfterIncludingIsAPartOfTheCountBefore() {
        List<Quantity> found = run("Guards hanged 12 men in a single day on Monday, including 9 at the central prison.");
        assertThat(found).extracting(Quantity::unit).containsExactly("men", "men");
    }

    @Test
    void aFootnoteMarkWrittenOntoPunctuationIsNoCount() {
        List<Quantity> found = run("Courts handed down 834 sentences.12 Relatives were told by phone,14 and "
                + "bodies were withheld in 21 cases.\"15 Others agreed.");
        assertThat(found).extracting(Quantity::text).containsExactly("834 sentences", "21 cases");
    }

    @Test
    void anotherSourcesFigureForTheSameCountTakesItsUnit() {
        List<Quantity> found = run("The union said up to 5,000 people marched to the prefecture and the square, "
                + "while the police counted 1,800.");
        assertThat(found).extracting(Quantity::unit).containsExactly("people", "people");
        assertThat(run("About 500 people joined, while the union put the number at 5,000."))
                .extracting(Quantity::unit).containsExactly("people", "people");
    }

    @Test
    void aTableCellWithThousandsSeparatorsIsNoPhoneGroup() {
        assertThat(run("Masoud Rahimi 16,384,403 53.7")).extracting(Quantity::text)
                .containsExactly("16,384,403", "53.7");
        assertThat(run("Call 0207 123 4567 now.")).isEmpty();
    }

    @Test
    void aBareNumberAfterAShareKeepsNoUnit() {
        List<Quantity> found = run("Hangings rose by more than 25% from the 640 recorded in 2021.");
        assertThat(found).extracting(Quantity::text).containsExactly("more than 25%", "640");
        assertThat(found).extracting(Quantity::unit).containsExactly("percent", null);
    }

    @Test
    void aChangeAfterACountOfPlacesTakesTheUnitOfWhatWasCounted() {
        List<Quantity> found = run("Courts issued 940 death sentences in 31 countries, up from 860 a year earlier.");
        assertThat(found).extracting(Quantity::unit).containsExactly("death sentences", "countries", "death sentences");
    }

    @Test
    void aNumberAfterTheLabelOfATableLineCountsWhatTheLabelNames() {
        List<Quantity> found = run("Key figures\nTotal hangings: 312\nWomen hanged: 9\nHe said: 40\n"
                + "\u2022 Arrests for political or civil activity: 318");
        assertThat(found).extracting(Quantity::text).containsExactly("312", "9", "40", "318");
        assertThat(found).extracting(Quantity::unit).containsExactly("hangings", "Women", null, "Arrests");
    }
}
