using System.Collections.Frozen;
using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// The act an appeal, demand, intent or refusal governs when it is no phrase of the event lexicon: "urged Kyiv and Moscow to
/// observe the truce" (0256), "called on Caracas to hold elections" (0244), "demanded that Hanoi compensate the crew" (1031),
/// "appealed to Oslo for emergency aid" (0233). CAMEO codes such a frame by what it asks for (docs/lexicon.md, "Governed acts
/// give the sub-code"); <see cref="ModalityClassifier"/> asks here only when the governed act is not itself a lexicon phrase.
/// The verbs and nouns, with the appeal code each names, are data (<c>data/lexicon/asked-acts.tsv</c>); a demand, intent or
/// refusal takes CAMEO's parallel code (<see cref="Parallel"/>).
/// </summary>
internal static class AskedActs
{
    private const string File = "lexicon.asked-acts.tsv";

    /// <summary>One row: the appeal code it names and the words one of which must go with it (null: none needed).</summary>
    private sealed record Row(CameoCode Appeal, FrozenSet<string>? Objects);

    private static readonly (FrozenDictionary<string, Row[]> Verbs, FrozenDictionary<string, Row[]> Nouns) s_rows = Load();

    private static readonly FrozenDictionary<string, Row[]>.AlternateLookup<ReadOnlySpan<char>> s_verbs = s_rows.Verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, Row[]>.AlternateLookup<ReadOnlySpan<char>> s_nouns = s_rows.Nouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many modifiers may stand between "for" and its noun ("for more urgent humanitarian aid").</summary>
    private const int ModifierReach = 4;

    /// <summary>
    /// The appeal code (02x) of the act that <paramref name="trigger"/> governs when only its addressees, a time phrase and "to"
    /// or "that" stand between ("urged Hanoi on Monday to", "urged Kyiv and Moscow to", "demanded that Baku"), with a modal or adverb before the verb
    /// ("that Baku should immediately"), or the noun after "for" ("appealed to Oslo for aid"). Null when no row names it.
    /// Linear: the scan stops at the first word that is none of those, within the reach of a claimed act.
    /// </summary>
    public static CameoCode? Governed(SentenceView view, Trigger trigger)
    {
        var n = view.Tokens.Count;
        var last = Math.Min(n, trigger.End + view.Options.ClaimReach);
        // "agreed to", "pledged to": a row may end with the complementiser itself.
        // "appealed to Oslo for aid": a row's own "to" is no complementiser for the noun after "for", which follows the addressee.
        var complementiser = trigger.End > 0 && view.Word(trigger.End - 1) is "to" or "that";
        var complementiserAfter = false;
        for (var k = trigger.End; k < last; k++)
        {
            var w = view.Word(k);
            if (w is "to" or "that")
            {
                complementiser = complementiserAfter = true;
            }
            else if (view.MentionAt[k] >= 0 || view.Blocked[k] || PhraseGrammar.IsDeterminer(view, k) || PhraseGrammar.IsPartyPronoun(w)
                || (!complementiserAfter && w is "and" or "," && k + 1 < n && view.MentionAt[k + 1] >= 0 && view.MentionAt[k - 1] >= 0)
                || (w is "on" or "in" or "at" && k + 1 < n && view.Blocked[k + 1]))
            {
                continue;
            }
            else if (w is "for" && !complementiserAfter)
            {
                return ForNoun(view, k + 1);
            }
            else if (complementiser && (w is "should" or "must" or "would" or "will" || (w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 4)))
            {
                continue;
            }
            else
            {
                return complementiser && s_verbs.TryGetValue(w, out var rows) ? Match(view, rows, k + 1, k + 1 + view.Options.ClaimReach) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The code a frame rooted in <paramref name="governing"/> takes for the act whose appeal code is <paramref name="appeal"/>:
    /// the appeal itself (02), or CAMEO's parallel intent (03), demand (10) or refusal (12). Null when the frame's code is already
    /// specific (a row that names its object knows better), is of another root, or CAMEO has no parallel.
    /// </summary>
    public static CameoCode? Parallel(CameoCode appeal, CameoCode governing)
    {
        var g = governing.Value;
        var a = appeal.Value;
        if (g.Length != 3 || g[2] != '0' || a.Length < 3 || !a.StartsWith("02", StringComparison.Ordinal))
        {
            return null;
        }

        var (kind, sub) = (a[2], a.Length == 4 ? a[3].ToString() : "");
        var code = g[..2] switch
        {
            "02" => a,
            "03" => "03" + kind + sub,
            "10" => kind switch
            {
                '1' => sub.Length > 0 ? "101" + sub : null,
                _ => "10" + kind + sub,
            },
            "12" => kind switch
            {
                '1' => sub is "1" or "2" ? "121" + sub : "121",
                '3' => "122" + sub,
                '4' => "123" + sub,
                '5' => "124" + sub,
                '6' => "125",
                '7' => "127",
                '8' => "126",
                _ => null,
            },
            _ => null,
        };

        return code is null ? null : CameoCode.Parse(code);
    }

    // The noun after "for", with up to ModifierReach modifiers before it: the first row whose modifiers stand there.
    private static CameoCode? ForNoun(SentenceView view, int start)
    {
        var end = Math.Min(view.Tokens.Count, start + ModifierReach + 1);
        for (var k = start; k < end; k++)
        {
            if (s_nouns.TryGetValue(view.Word(k), out var rows))
            {
                return Match(view, rows, start, k);
            }
        }

        return null;
    }

    // The first row whose objects (or, for a noun, modifiers) occur in [from, to), stopping at a comma or a semicolon.
    private static CameoCode? Match(SentenceView view, Row[] rows, int from, int to)
    {
        to = Math.Min(to, view.Tokens.Count);
        foreach (var row in rows)
        {
            if (row.Objects is null)
            {
                return row.Appeal;
            }

            for (var k = from; k < to; k++)
            {
                var w = view.Word(k);
                if (w is "," or ";" or ":" or ".")
                {
                    break;
                }

                if (row.Objects.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w))
                {
                    return row.Appeal;
                }
            }
        }

        return null;
    }

    private static (FrozenDictionary<string, Row[]>, FrozenDictionary<string, Row[]>) Load()
    {
        var table = EmbeddedData.ReadTable(File);
        var (kindColumn, wordsColumn, objectsColumn, appealColumn) =
            (table.ColumnIndex("kind"), table.ColumnIndex("words"), table.ColumnIndex("objects"), table.ColumnIndex("appeal"));
        var verbs = new Dictionary<string, List<Row>>(StringComparer.OrdinalIgnoreCase);
        var nouns = new Dictionary<string, List<Row>>(StringComparer.OrdinalIgnoreCase);
        var errors = new List<DataFileError>();
        foreach (var line in table.Rows)
        {
            var kind = line[kindColumn];
            var words = line[wordsColumn].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (kind is not ("verb" or "for") || words.Length == 0 || !CameoCode.TryParse(line[appealColumn], out var appeal)
                || !appeal.Value.StartsWith("02", StringComparison.Ordinal))
            {
                errors.Add(new DataFileError(table.Name, line.Line, "expected kind 'verb' or 'for', words and an appeal code (02x)"));
                continue;
            }

            var objects = line.Optional(objectsColumn) is { } list
                ? list.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).SelectMany(Inflection.NounForms).ToFrozenSet(StringComparer.OrdinalIgnoreCase)
                : null;
            var row = new Row(appeal, objects);
            var target = kind == "verb" ? verbs : nouns;
            foreach (var form in words.SelectMany(w => kind == "verb" ? Inflection.Forms(w) : Inflection.NounForms(w)))
            {
                if (!target.TryGetValue(form, out var rows))
                {
                    target[form] = rows = [];
                }

                rows.Add(row);
            }
        }

        if (errors.Count > 0)
        {
            throw new DataFileException(errors);
        }

        // Rows with objects first: "for humanitarian aid" before the bare "for aid".
        static FrozenDictionary<string, Row[]> Freeze(Dictionary<string, List<Row>> rows) =>
            rows.ToFrozenDictionary(p => p.Key, p => p.Value.OrderBy(r => r.Objects is null ? 1 : 0).ToArray(), StringComparer.OrdinalIgnoreCase);

        return (Freeze(verbs), Freeze(nouns));
    }
}
