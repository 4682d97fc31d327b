using System.Security.Cryptography;
using System.Text;
using Orkhon.Domain;
using Orkhon.Storage;

namespace Orkhon.Extraction;

/// <summary>
/// Turns a document's event mentions into stored events, merging what is one real event: mentions in
/// the document with the same actors, CAMEO root and a compatible date become one event with several
/// evidences, and an event the store already holds — a curated knowledge-base row or an event from
/// another article — gains this document's sentence as evidence instead of being duplicated. Such a
/// known event is returned with this document's evidences only; storing it adds them to the ones it has.
/// </summary>
/// <remarks>
/// Dates are compatible when they overlap ("2023-07" and "2023-07-09"). An undated mention joins a dated
/// one only within the same document, never across documents, where it could be any meeting of the two.
/// Consultations, agreements, cooperation and fighting (roots 04, 05, 06, 19; <see cref="CameoCode.IsSymmetric"/>) match in
/// either direction.
/// </remarks>
public static class EventMerger
{
    public static List<Event> Merge(Document document, IReadOnlyList<EventMention> mentions, IEventLookup store)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(store);
        var local = new List<Event>();
        foreach (var m in mentions)
        {
            var evidence = Evidence.FromSentence(document.Id, m.SentenceStart, m.SentenceEnd, m.Sentence, document.Url);
            var same = local.FindIndex(e => SameEvent(e, m.Source.Code, m.Target.Code, m.Cameo, m.Date, sameDocument: true));
            if (same >= 0)
            {
                var e = local[same];
                local[same] = e with
                {
                    Evidences = [.. e.Evidences, evidence],
                    Date = e.Date ?? m.Date,
                    Confidence = Math.Max(e.Confidence, m.Confidence),
                };
                continue;
            }

            local.Add(new Event(IdFor(document.Id, m), m.Source, m.Target, m.Cameo, m.Date, m.Location, EventOrigin.Extracted, m.Confidence, [evidence], Title: Title(m.Sentence)));
        }

        // Against what is stored: a known event gains the evidence and keeps its id, origin and coding. It
        // comes back with only this document's evidences, which storing adds to those it already has.
        var result = new List<Event>(local.Count);
        foreach (var e in local)
        {
            // Only the dyad's events of the same root whose dates overlap can match, and their evidences are
            // not needed: asking for exactly that keeps the cost per document flat however many events and
            // sources the store already holds.
            var known = e.Date is null ? null : store.QueryEvents(new EventQuery { Actor = e.Source.Code, Partner = e.Target.Code, From = e.Date, To = e.Date, CodePrefix = e.Cameo.Root, WithEvidences = false })
                .FirstOrDefault(k => SameEvent(k, e.Source.Code, e.Target.Code, e.Cameo, e.Date, sameDocument: false));
            result.Add(known is null ? e : known with { Evidences = e.Evidences });
        }

        return result;
    }

    /// <summary>
    /// Whether <paramref name="candidate"/>, from another source, is the stored event <paramref name="known"/>: the
    /// rule that merges across documents (same root, same actors or reversed for symmetric roots, dates that
    /// overlap; an undated candidate is never the same), for importers that merge by the same rules as ingest.
    /// </summary>
    public static bool IsSameEvent(Event known, Event candidate)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(candidate);
        return SameEvent(known, candidate.Source.Code, candidate.Target.Code, candidate.Cameo, candidate.Date, sameDocument: false);
    }

    private static bool SameEvent(Event e, string source, string target, CameoCode cameo, FuzzyDate? date, bool sameDocument)
    {
        if (!e.Cameo.SameRootAs(cameo))
        {
            return false;
        }

        var sameActors = (e.Source.Code == source && e.Target.Code == target)
            || (cameo.IsSymmetric && e.Source.Code == target && e.Target.Code == source);
        if (!sameActors)
        {
            return false;
        }

        if (e.Date is { } a && date is { } b)
        {
            return a.Overlaps(b);
        }

        return sameDocument;
    }

    private static string IdFor(string documentId, EventMention m)
    {
        var key = $"{documentId}|{m.SentenceStart}|{m.Source.Code}|{m.Target.Code}|{m.Cameo}|{m.Date}";
        return "x-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..14];
    }

    private static string Title(string sentence) => sentence.Length <= 200 ? sentence : sentence[..197] + "…";
}
