using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Pages.Shared;
using JapanUsRelations.Web.Tests.Citations;

namespace JapanUsRelations.Web.Tests.History;

/// <summary>
/// How history lines, the section history and the forward notice name editions (<see cref="EditionNames"/>): on the
/// real seeds (dated March 11, 2016 by the fact sheet's dateline, 2018 by the manifest, November 5, 2024 and
/// February 5, 2026 by their "Updated" lines, the encyclopedia article undated) each is alone in its month, so lines
/// say month and year; editions on one subject that share a month are named by their days; editions known only to
/// the month are never given a day, and are told apart by report number or by their place in the month.
/// </summary>
public sealed class EditionNamesTests
{
    private static Edition Seed(string id) => ParsedEditions.Get(id);

    private static Edition Dated(string id, int year, int month, int day, DatePrecision precision, string subject = "japan-us-relations", string? number = "IF10199") =>
        Seed("2024-11-05") with { Id = id, Published = new DateOnly(year, month, day), DatePrecision = precision, Subject = subject, ReportNumber = number, ReportKey = number ?? id };

    private static EditionNames Names(params Edition[] editions) => new(new EditionCatalog(editions));

    [Fact]
    public void On_the_real_seeds_every_edition_keeps_its_month_and_year()
    {
        var names = new EditionNames(new EditionCatalog(ParsedEditions.Every));
        names.Name("2016-03-11").Should().Be("March 2016");
        names.Name("2018").Should().Be("2018");
        names.Name("2024-11-05").Should().Be("November 2024");
        names.Name("2026-02-05").Should().Be("February 2026");
        names.Name("japan-united-states-relations").Should().Be("an undated edition");
        names.In("2024-11-05").Should().Be("in November 2024");
        names.In("2018").Should().Be("in 2018");
        names.Date("2026-02-05").Should().Be("February 5, 2026", "headings and the notice give the full date, as today");
        names.Date("2018").Should().Be("2018");
        names.Name("no-such-edition").Should().Be("no-such-edition", "an id the catalog does not hold is shown as it is");
    }

    [Fact]
    public void Two_editions_of_one_month_are_named_by_their_days_and_the_others_keep_month_and_year()
    {
        var names = Names(
            Dated("2027-05-14", 2027, 5, 14, DatePrecision.Day),
            Dated("2027-07-03", 2027, 7, 3, DatePrecision.Day),
            Dated("2027-07-24", 2027, 7, 24, DatePrecision.Day));
        names.Name("2027-05-14").Should().Be("May 2027");
        names.Name("2027-07-03").Should().Be("July 3, 2027");
        names.Name("2027-07-24").Should().Be("July 24, 2027");
        names.In("2027-07-03").Should().Be("on July 3, 2027");
        names.In("2027-05-14").Should().Be("in May 2027");
        names.Date("2027-07-24").Should().Be("July 24, 2027");
    }

    [Fact]
    public void Editions_on_other_subjects_are_not_in_view_and_do_not_make_a_month_ambiguous()
    {
        var names = Names(
            Dated("2027-07-03", 2027, 7, 3, DatePrecision.Day),
            Dated("2027-07-24-r40000", 2027, 7, 24, DatePrecision.Day, subject: "trade-policy", number: "R40000"));
        names.Name("2027-07-03").Should().Be("July 2027");
        names.Name("2027-07-24-r40000").Should().Be("July 2027");
    }

    [Fact]
    public void Two_month_only_editions_of_one_month_get_no_invented_day_and_are_told_apart_by_their_place()
    {
        var names = Names(
            Dated("2027-07-if10199", 2027, 7, 1, DatePrecision.Month),
            Dated("2027-07-if10199-2", 2027, 7, 1, DatePrecision.Month),
            Dated("2027-07-09", 2027, 7, 9, DatePrecision.Day));
        names.Name("2027-07-if10199").Should().Be("July 2027 (the first of two that month)");
        names.Name("2027-07-if10199-2").Should().Be("July 2027 (the second of two that month)");
        names.In("2027-07-if10199-2").Should().Be("in July 2027 (the second of two that month)");
        names.Date("2027-07-if10199").Should().Be("July 2027 (the first of two that month)");
        names.Name("2027-07-09").Should().Be("July 9, 2027", "its day is known");
        names.Name("2027-07-if10199").Should().NotContain("1,", "no day is invented for an edition dated to the month");
    }

    [Fact]
    public void Month_only_editions_of_different_reports_are_told_apart_by_report_number()
    {
        var names = Names(
            Dated("2027-07-if10199", 2027, 7, 1, DatePrecision.Month),
            Dated("2027-07-r40000", 2027, 7, 1, DatePrecision.Month, number: "R40000"));
        names.Name("2027-07-if10199").Should().Be("July 2027 (IF10199)");
        names.Name("2027-07-r40000").Should().Be("July 2027 (R40000)");
    }
}
