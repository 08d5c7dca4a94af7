namespace JapanUsRelations.Ingestion.Tests.Corpus;

/// <summary>
/// The thirteen corpus files as a reader reads them. Layout features each golden exercises are noted beside it;
/// "h3 only" files (no h2 anywhere) put their h3 headings at level 1, run-in heads sit one level below the
/// section that holds them, and a figure or data table's caption, source and note lines belong to that block.
/// </summary>
public static class CorpusGoldens
{
    private const string InFocus = "CRS In Focus";
    private const string Insight = "CRS Insight";

    /// <summary>One golden by short name.</summary>
    public static CorpusGolden Of(string name) => All.Single(g => g.Name == name);

    /// <summary>Every corpus file's golden.</summary>
    public static IReadOnlyList<CorpusGolden> All { get; } =
    [
        // h2 + h3, no lead (the body opens with a heading), a list after a paragraph with no gap (</p><ul>),
        // an empty <p> before a figure table (caption row, image row, "Source"+"s"+": " split over three <strong>s, a Note line).
        new("IF10292v22", "The Debt Limit", new(2026, 9, 21), "IF10292", InFocus,
        [
            "Overview (2p)",
            "Rationale and Role of the Debt Limit (3p)",
            "Options for Congress (1p)",
            "  Inaction or Delayed Action: Potential Consequences (3p, 1l)",
            "  Increasing the Debt Limit (2p)",
            "  \"Extraordinary Measures\" and Debt Limit Suspension (2p)",
            "Past Debt Limit Activity (4p, 1f)",
            "Timing Uncertainties with a Binding Debt Limit (3p)",
        ]),

        // A lead; "Current Political Condition<a name></a>s" (an anchor inside a word of a heading);
        // "<a name></a>Economic Situation"; a figure with a Sources line and no note.
        new("IF11218v21", "Ecuador: Country Overview and U.S. Relations", new(2025, 8, 18), "IF11218", InFocus,
        [
            "(lead) (2p)",
            "Current Political Conditions (4p, 1f)",
            "  Security Crisis (4p)",
            "Economic Situation (2p)",
            "U.S.-Ecuador Relations (6p)",
        ]),

        // h3 only (level 1); six run-in <strong> heads; a data table whose caption sits in a <div> before it and whose
        // "Source: USTR." paragraph follows the table's wrapper (a source line, not a run-in head); a one-cell layout
        // table holding a text box whose first paragraph is all bold (its title): read as a subsection.
        new("IF11346v35", "Section 301 of the Trade Act of 1974", new(2026, 7, 2), "IF11346", InFocus,
        [
            "(lead) (1p)",
            "Section 301 Process (1p)",
            "  Initiation [run-in] (1p)",
            "  Administration [run-in] (1p)",
            "  Consultations [run-in] (1p)",
            "  Determination and Implementation [run-in] (1p)",
            "  Action [run-in] (1p)",
            "  Subsequent Actions [run-in] (1p)",
            "Use of Section 301 Since 2017 (4p, 1t)",
            "  Investigations into Foreign Digital Services Taxes (1p)",
            "2017 Investigation into PRC Practices (1p)",
            "Considerations for Congress (1p)",
        ]),

        // Lead of three paragraphs, h2 + h3, links on almost every paragraph, no tables.
        new("IF11357v6", "Expedited Removal of Aliens: An Introduction", new(2026, 9, 18), "IF11357", InFocus,
        [
            "(lead) (3p)",
            "Statutory Framework and Implementation (5p)",
            "Exceptions to Expedited Removal (1p)",
            "  Credible Fear Determinations (3p)",
            "  Aliens Who Claim to Be U.S. Citizens, LPRs, Refugees, or Persons Granted Asylum (1p)",
            "  Withdrawal of Application for Admission (1p)",
            "  Unaccompanied Children (1p)",
            "Detention and Parole of Aliens Subject to Expedited Removal (1p)",
            "Limitations to Judicial Review of an Expedited Order of Removal (1p)",
            "  Habeas Corpus Proceedings (1p)",
            "  Challenges to the Expedited Removal System (1p)",
            "  Collateral Challenges Raised as a Defense During Criminal Proceedings for Unlawful Reentry (1p)",
        ]),

        // The same heading twice ("Appeals" as an h3 and later as an h2): slugs must still be unique.
        new("IF11365v4", "U.S. Court of Appeals for Veterans Claims: A Brief Introduction", new(2026, 9, 16), "IF11365", InFocus,
        [
            "(lead) (1p)",
            "Creation (1p)",
            "Jurisdiction and Authority (1p)",
            "  Class Actions (1p)",
            "Judges (3p)",
            "Court Proceedings (2p)",
            "  Appeals (3p)",
            "  Petitions for Extraordinary Writs (1p)",
            "  Applications for EAJA Fees (1p)",
            "  Use of Technology (2p)",
            "Types of Decisions (3p)",
            "Appeals (1p)",
            "Caseload (2p)",
            "Issues for Congress (1p)",
            "  Class Action Jurisdiction (1p)",
            "  Pending Nominees and Temporary Expansion (1p)",
        ]),

        // Title block with a trailing space; two lists (one whose last item is bold: not a paragraph, so no run-in);
        // two figures in a row, each after an empty <p>, whose source lines end in a URL cut into many <span>s.
        new("IF11755v20", "The Marine Corps' Amphibious Combat Vehicle", new(2026, 10, 6), "IF11755", InFocus,
        [
            "Background (5p, 1l, 2f)",
            "Initial ACV Production (1p)",
            "  Full-Rate Production Contract (1p)",
            "ACV Amphibious Operational Mishaps (1p)",
            "  ACV Resumes Amphibious Operations (1p)",
            "  ACV Safety and Readiness Improvements (3p, 1l)",
            "  ACV's First Overseas Deployment (1p)",
            "ACV Program Activities (1p)",
            "  Final ACV Production Contract Awarded (1p)",
            "FY2027 ACV Budget Request (1p)",
            "Potential Considerations for Congress (1p)",
            "  Lessons Learned from the Ukraine Conflict (1p)",
            "  Marine Corps Growth and ACV Requirements (1p)",
        ]),

        // A data table wrapped in a <div>: caption <div> before, Source and Notes <div> after (bold "Source:" and
        // "Notes:" are source/note lines, not run-in heads); <sup>th</sup> ordinals.
        new("IF12173v11", "Firearms and Ammunition Excise Tax (FAET)", new(2026, 9, 16), "IF12173", InFocus,
        [
            "(lead) (3p)",
            "Exemptions (1p)",
            "History (2p)",
            "Tax Collections (3p, 1t)",
            "Legislative Proposals (6p)",
        ]),

        // Run-in heads with the period inside its own <strong> ("Critical Minerals" + "."), a trailing space inside
        // the bold ("Automotive. "), and a quoted phrase split over five <strong>s ending in a period inside the closing
        // quote; a data table after a run-in paragraph belongs to that run-in subsection; a section of run-ins only.
        new("IF12595v33", "U.S.-Canada Trade Relations", new(2026, 9, 16), "IF12595", InFocus,
        [
            "(lead) (2p)",
            "U.S.-Canada Trade Overview (2p, 1f)",
            "U.S. Tariffs on Canadian Imports (3p)",
            "  Sectoral Tariffs [run-in] (1p)",
            "  Canadian Retaliation [run-in] (1p)",
            "  Tariffs to \"Offset Canadian Discrimination\" [run-in] (1p, 1t)",
            "USMCA Joint Review (1p)",
            "Other Selected Trade Issues (0p)",
            "  Automotive [run-in] (1p)",
            "  Critical Minerals [run-in] (1p)",
            "  Dairy and Supply Management [run-in] (1p)",
            "  Softwood Lumber [run-in] (1p)",
            "  Digital Services [run-in] (1p)",
            "Issues for Congress (1p)",
        ]),

        // h2 only, no lead, no tables or lists; spaces carried by <span>s of their own ("</a><span> </span>earning").
        new("IF12760v7", "Russia-North Korea Relations", new(2026, 9, 18), "IF12760", InFocus,
        [
            "Overview (3p)",
            "Russia's Changing Approach to North Korea (2p)",
            "An Expanding Partnership (1p)",
            "Benefits for North Korea (3p)",
            "Benefits for Russia (3p)",
            "Issues for Congress (3p)",
        ]),

        // A first edition: the bare date "March 12, 2026" with no "Updated"; run-in heads cut inside words
        // ("Counter-d"+"rone"+" capabilitie"+"s.", "D"+"efense industrial base challenges.", "FY"+"2027 "+...).
        new("IN12668v2", "U.S. Military Operations Against Iran: Munitions and Missile Defense", new(2026, 3, 12), "IN12668", Insight,
        [
            "(lead) (1p)",
            "U.S. Capabilities Expended in Operation Epic Fury (4p)",
            "Potential Considerations for Congress (0p)",
            "  Supplemental funds [run-in] (1p)",
            "  FY2027 appropriations [run-in] (1p)",
            "  Defense industrial base challenges [run-in] (1p)",
            "  Counter-drone capabilities [run-in] (1p)",
            "  Tactical and strategic vulnerabilities [run-in] (1p)",
        ]),

        // Run-in heads split over up to eight <strong>s, one ending ". " (period then space inside the bold).
        new("IN12668v3", "U.S. Military Operations Against Iran: Munitions and Missile Defense", new(2026, 10, 5), "IN12668", Insight,
        [
            "(lead) (2p)",
            "U.S. Capabilities Expended in Operations Against Iran (2p)",
            "Cost of Expended Munitions (1p)",
            "Congressional Action on FY2026 Supplemental Request (1p)",
            "Potential Considerations for Congress (0p)",
            "  Appropriations for Munitions [run-in] (1p)",
            "  Munitions Inventories [run-in] (1p)",
            "  Missile Defense Integration and Foreign Military Sales (FMS) [run-in] (1p)",
            "  Tactical and Strategic Vulnerabilities [run-in] (1p)",
        ]),

        // h3 only (level 1), a heading ending in "?".
        new("IN12669v3", "Pentagon-Anthropic Dispute over Autonomous Weapon Systems: Potential Issues for Congress", new(2026, 4, 21), "IN12669", Insight,
        [
            "(lead) (2p)",
            "Background (3p)",
            "What Are Autonomous Weapon Systems? (2p)",
            "Related Legislation and Issues for Congress (2p)",
        ]),

        // The same report's later edition with h2 where v3 had h3: the same outline at the same levels.
        new("IN12669v5", "Pentagon-Anthropic Dispute over Autonomous Weapon Systems: Potential Issues for Congress", new(2026, 10, 5), "IN12669", Insight,
        [
            "(lead) (3p)",
            "Background (3p)",
            "What Are Autonomous Weapon Systems? (2p)",
            "Related Legislation and Issues for Congress (2p)",
        ]),
    ];
}
