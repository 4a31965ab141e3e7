package dev.studybot.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The house rule that keeps features platform-neutral: the core never sees a JDA or Slack type. */
@AnalyzeClasses(packages = "dev.studybot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {
        "dev.studybot.roadmap..",
        "dev.studybot.content..",
        "dev.studybot.search..",
        "dev.studybot.topic..",
        "dev.studybot.bot..",
        "dev.studybot.quiz..",
        "dev.studybot.progress..",
        "dev.studybot.leaderboard..",
        "dev.studybot.store..",
        "dev.studybot.chat..",
        "dev.studybot.render.."
    };

    @ArchTest
    static final ArchRule coreImportsNoPlatformTypes = noClasses()
            .that()
            .resideInAnyPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("net.dv8tion..", "com.slack..", "okhttp3..")
            .because("features must work in the console first and behave the same on every platform");

    @ArchTest
    static final ArchRule coreImportsNoAdapter = noClasses()
            .that()
            .resideInAnyPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.studybot.discord..", "dev.studybot.slack..", "dev.studybot.console..", "dev.studybot.app..")
            .because("adapters translate and render; the core decides");

    @ArchTest
    static final ArchRule adaptersStayApart = noClasses()
            .that()
            .resideInAnyPackage("dev.studybot.discord..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.studybot.slack..", "com.slack..")
            .because("each adapter only knows its own platform")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule slackStaysApart = noClasses()
            .that()
            .resideInAnyPackage("dev.studybot.slack..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.studybot.discord..", "net.dv8tion..")
            .because("each adapter only knows its own platform")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noSqlOutsideStore = noClasses()
            .that()
            .resideOutsideOfPackage("dev.studybot.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "org.flywaydb..", "com.zaxxer..")
            .because("every feature reaches the database through a repository in store");
}
