using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Claims;

/// <summary>
/// Compares a found claim with the record (<see cref="ClaimRecord"/>). The rules of each kind are in
/// docs/claims.md; in short: a status holds between its dates, a partnership's level is the latest one
/// declared on or before the date, a treaty must be one the knowledge base has, and a first visit must
/// have no earlier visit of its level in the knowledge base.
/// </summary>
public sealed class ClaimJudge(ClaimRecord record)
{
    // A first visit dated by its document, not by the sentence, may be reported a few days after it began.
    private const int SameTripDays = 7;

    private readonly ClaimRecord _record = record;

    public static ClaimJudge Default { get; } = new(ClaimRecord.Default);

    public ClaimFinding Judge(FoundClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Subject is null || claim.Object is null)
        {
            return new ClaimFinding(claim, ClaimVerdict.Unknown, "the sentence does not name both parties", null, null);
        }

        var finding = claim.Kind switch
        {
            ClaimKind.Member or ClaimKind.Observer => Status(claim, claim.Subject, claim.Object),
            ClaimKind.Partnership => Partnership(claim, claim.Subject, claim.Object),
            ClaimKind.Treaty => Treaty(claim, claim.Subject, claim.Object),
            _ => FirstVisit(claim, claim.Subject, claim.Object),
        };

        // "not a member": the record that makes the claim true makes its negation false, and the reverse.
        return claim.Negated && finding.Verdict != ClaimVerdict.Unknown
            ? finding with { Verdict = finding.Verdict == ClaimVerdict.Consistent ? ClaimVerdict.Contradicted : ClaimVerdict.Consistent }
            : finding;
    }

    private ClaimFinding Status(FoundClaim claim, string country, string organisation)
    {
        var claimed = claim.Kind == ClaimKind.Member ? "member" : "observer";
        var rows = _record.Statuses.Where(s => s.Country == country && s.Organisation == organisation).OrderBy(s => s.From).ToList();
        if (rows.Count == 0)
        {
            return CurrentList(claim, country, organisation, claimed);
        }

        // "joined in 1997", or a state with "since 2004": the claim is about when the status began.
        if ((claim.Rule.IsStart || claim.Date is { IsOpenEnd: true }) && claim.Date is { IsOpenStart: false } began)
        {
            if (rows.FirstOrDefault(r => r.Status == claimed && YearsOverlap(r.From, began)) is { } agreeing)
            {
                return Finding(claim, ClaimVerdict.Consistent, agreeing);
            }

            return Finding(claim, ClaimVerdict.Contradicted, rows.FirstOrDefault(r => r.Status == claimed) ?? rows[0]);
        }

        // A state: at the sentence's date (any day of it), else on the document's day.
        var (from, to) = claim.Date is { IsOpenStart: false } d ? (d.Earliest, d.IsOpenEnd ? d.Earliest : d.Latest) : (claim.Reference, claim.Reference);
        var holding = rows.Where(r => r.From.Earliest <= to && (r.Until is not { } u || from < u.Earliest)).ToList();
        if (holding.FirstOrDefault(r => r.Status == claimed) is { } same)
        {
            return Finding(claim, ClaimVerdict.Consistent, same);
        }

        return Finding(claim, ClaimVerdict.Contradicted, holding.LastOrDefault() ?? rows.FirstOrDefault(r => r.Status == claimed) ?? rows[0]);
    }

    // No dated row: the organisation's current member and observer lists decide a claim about the present.
    private ClaimFinding CurrentList(FoundClaim claim, string country, string organisation, string claimed)
    {
        if (_record.Reference.FindOrganisation(organisation) is not { } org || (org.Members.Count == 0 && org.Observers.Count == 0))
        {
            return new ClaimFinding(claim, ClaimVerdict.Unknown, $"the record has no member list of {organisation}", null, null);
        }

        if (claim.Rule.IsStart || claim.Date is { IsOpenStart: false })
        {
            return new ClaimFinding(claim, ClaimVerdict.Unknown, $"the record has {organisation}'s current member list, with no dates", null, org.SourceUrl);
        }

        var actual = org.Members.Contains(country) ? "member" : org.Observers.Contains(country) ? "observer" : null;
        var words = actual is null ? $"{country} is neither a member nor an observer of {organisation} (current lists)" : $"{country} is {Article(actual)} {actual} of {organisation} (current lists)";
        return new ClaimFinding(claim, actual == claimed ? ClaimVerdict.Consistent : ClaimVerdict.Contradicted, words, null, org.SourceUrl);
    }

    private ClaimFinding Partnership(FoundClaim claim, string a, string b)
    {
        var claimed = claim.Rule.Value;
        var rows = _record.Partnerships.Where(p => p.Concerns(a, b)).OrderBy(p => p.Date).ToList();
        if (rows.Count == 0)
        {
            return new ClaimFinding(claim, ClaimVerdict.Unknown, $"the record has no partnership between {a} and {b}", null, null);
        }

        var declared = rows.FirstOrDefault(p => p.Level == claimed);
        if (claim.Date is { IsOpenStart: false, IsOpenEnd: true } since)
        {
            // "since 2014": declared in that year, and still holding on the document's day.
            var now = rows.LastOrDefault(p => p.Date.Earliest <= claim.Reference);
            if (declared is null || !YearsOverlap(declared.Date, since))
            {
                return declared is null && now is null
                    ? new ClaimFinding(claim, ClaimVerdict.Unknown, $"the record has no partnership between {a} and {b} on or before {claim.Reference:yyyy-MM-dd}", null, null)
                    : Finding(claim, ClaimVerdict.Contradicted, declared ?? now!);
            }

            return now is not null && !_record.Level(now.Level)!.Satisfies(claimed) ? Finding(claim, ClaimVerdict.Contradicted, now) : Finding(claim, ClaimVerdict.Consistent, declared);
        }

        // At the sentence's date (its last day: "upgraded in 2011" holds by the end of 2011), else on the document's day.
        var day = claim.Date is { IsOpenStart: false } d ? d.Latest : claim.Reference;
        var current = rows.LastOrDefault(p => p.Date.Earliest <= day);
        if (current is not null && _record.Level(current.Level)!.Satisfies(claimed))
        {
            return Finding(claim, ClaimVerdict.Consistent, current);
        }

        if (current is null && declared is null)
        {
            return new ClaimFinding(claim, ClaimVerdict.Unknown, $"the record has no partnership between {a} and {b} on or before {day:yyyy-MM-dd}", null, null);
        }

        return Finding(claim, ClaimVerdict.Contradicted, declared ?? current!);
    }

    private ClaimFinding Treaty(FoundClaim claim, string a, string b)
    {
        if (!_record.Covers(a) && !_record.Covers(b))
        {
            return new ClaimFinding(claim, ClaimVerdict.Unknown, $"the knowledge base records the treaties of {string.Join(", ", _record.Countries)} only", null, null);
        }

        var treaties = _record.Knowledge.Events
            .Where(e => e.Kind == EventKind.TreatySigned && ((e.Source.Code == a && e.Target.Code == b) || (e.Source.Code == b && e.Target.Code == a)))
            .OrderBy(e => e.Date).ToList();
        if (treaties.Count == 0)
        {
            return new ClaimFinding(claim, ClaimVerdict.Unknown, $"the knowledge base has no treaty between {a} and {b}", null, null);
        }

        if (claim.Date is not { IsOpenStart: false } date)
        {
            return Finding(claim, ClaimVerdict.Consistent, treaties[^1]);
        }

        return treaties.FirstOrDefault(t => t.Date is { } td && YearsOverlap(td, date)) is { } same
            ? Finding(claim, ClaimVerdict.Consistent, same)
            : Finding(claim, ClaimVerdict.Contradicted, treaties.MinBy(t => Math.Abs(t.Date!.Value.Earliest.Year - date.Earliest.Year))!);
    }

    private ClaimFinding FirstVisit(FoundClaim claim, string visitor, string host)
    {
        if (_record.VisitsOf(visitor, host) is not { } coverage)
        {
            return new ClaimFinding(claim, ClaimVerdict.Unknown, $"the knowledge base records visits to and from {string.Join(", ", _record.Countries)} only", null, null);
        }

        // A week before the reference day, but never before the calendar's first day (a document dated 0001-01-03).
        var day = claim.Date is { IsOpenStart: false } d ? d.Earliest : DateOnly.FromDayNumber(Math.Max(claim.Reference.DayNumber - SameTripDays, 0));
        var earlier = _record.Knowledge.Events
            .Where(e => e.Source.Code == visitor && e.Target.Code == host && e.Kind is { } k && claim.VisitKinds.Contains(k) && e.Date is { } ed && ed.Latest < day)
            .OrderBy(e => e.Date).ToList();
        if (claim.Since is not { } since)
        {
            // A selection of visits cannot show that none came before; only a full record can.
            return earlier.Count > 0 ? Finding(claim, ClaimVerdict.Contradicted, earlier[^1])
                : coverage.Full ? new ClaimFinding(claim, ClaimVerdict.Consistent, $"the knowledge base has no earlier visit of this level by {visitor} to {host} (it covers {coverage.From} on)", null, null)
                : new ClaimFinding(claim, ClaimVerdict.Unknown, $"the knowledge base holds a selection of {coverage.Country}'s visits, so it cannot show that none came earlier", null, null);
        }

        if (earlier.FirstOrDefault(e => e.Date!.Value.Earliest.Year > since) is { } between)
        {
            return Finding(claim, ClaimVerdict.Contradicted, between);
        }

        return earlier.LastOrDefault(e => e.Date!.Value.Earliest.Year >= since - 1) is { } last
            ? Finding(claim, ClaimVerdict.Consistent, last)
            : new ClaimFinding(claim, ClaimVerdict.Unknown, $"the knowledge base has no visit of this level by {visitor} to {host} in {since}", null, null);
    }

    private ClaimFinding Finding(FoundClaim claim, ClaimVerdict verdict, OrganisationStatus row)
    {
        var status = row.Status == "partner" ? "a partner" : Article(row.Status) + " " + row.Status;
        var until = row.Until is { } u ? $" until {u}" : "";
        return new ClaimFinding(claim, verdict, $"{row.Country} {(row.Until is null ? "has been" : "was")} {status} of {row.Organisation} since {row.From}{until}", row.From, row.SourceUrl);
    }

    private ClaimFinding Finding(FoundClaim claim, ClaimVerdict verdict, PartnershipDeclaration row) =>
        new(claim, verdict, $"{row.Country} and {row.Partner} declared a {_record.Level(row.Level)!.Name} on {row.Date}", row.Date, row.SourceUrl);

    private static ClaimFinding Finding(FoundClaim claim, ClaimVerdict verdict, Event e) =>
        new(claim, verdict, $"{e.Date}: {e.Title ?? e.Id}", e.Date, e.Evidences.Select(x => x.Url).FirstOrDefault(u => u is not null));

    // Years in common; "since 2004" stands for its first year only.
    private static bool YearsOverlap(FuzzyDate a, FuzzyDate b) => a.Earliest.Year <= LastYear(b) && b.Earliest.Year <= LastYear(a);

    private static int LastYear(FuzzyDate date) => date.IsOpenEnd ? date.Earliest.Year : date.Latest.Year;

    private static string Article(string word) => word.Length > 0 && "aeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";
}
