using System.Collections.Frozen;
using Orkhon.Knowledge;

namespace Orkhon.Claims;

/// <summary>The claim rules (<c>data/claims/rules.tsv</c>), looked up by the first word of their phrase.</summary>
public sealed class ClaimRules
{
    private readonly FrozenDictionary<string, ClaimRule[]> _byFirstWord;
    private readonly FrozenDictionary<string, ClaimRule[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private ClaimRules(List<ClaimRule> rules)
    {
        Rules = rules;
        _byFirstWord = rules.SelectMany(r => r.Phrase.FirstWords.Select(w => (Word: w, Rule: r)))
            .GroupBy(x => x.Word, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Rule).Distinct().ToArray(), StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<ClaimRule> Rules { get; }

    public IReadOnlyList<ClaimRule> StartingWith(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var rules) ? rules : [];

    /// <summary>Reads and checks the rules; every problem is reported with its line.</summary>
    /// <param name="levels">The partnership levels a partnership rule may name.</param>
    public static ClaimRules Load(TsvTable table, IReadOnlySet<string> levels)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(levels);
        int id = table.ColumnIndex("id"), claim = table.ColumnIndex("claim"), value = table.ColumnIndex("value"),
            phrase = table.ColumnIndex("phrase"), example = table.ColumnIndex("example");
        var errors = new List<DataFileError>();
        var rules = new List<ClaimRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var ruleId = row[id];
            if (ruleId.Length == 0 || !ids.Add(ruleId))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"the id '{ruleId}' is empty or used twice"));
                continue;
            }

            if (!ClaimNames.TryParseKind(row[claim], out var kind))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"{ruleId}: '{row[claim]}' is not a claim kind (member, observer, partnership, treaty, first-visit)"));
                continue;
            }

            var v = row[value];
            var valueError = kind switch
            {
                ClaimKind.Member or ClaimKind.Observer when v is not ("state" or "start") => "the value of a member or observer rule is state or start",
                ClaimKind.Partnership when !levels.Contains(v) => $"'{v}' is not a level of data/claims/levels.tsv",
                ClaimKind.FirstVisit when v != "ever" => "the value of a first-visit rule is ever",
                ClaimKind.Treaty when v.Length > 0 => "a treaty rule has no value",
                _ => null,
            };
            if (valueError is not null)
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"{ruleId}: {valueError}"));
                continue;
            }

            if (ClaimPhrase.Compile(row[phrase], out var phraseError) is not { } compiled)
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"{ruleId}: {phraseError}"));
                continue;
            }

            rules.Add(new ClaimRule(ruleId, kind, v, compiled, row[example], row.Line));
        }

        return errors.Count > 0 ? throw new DataFileException(errors) : new ClaimRules(rules);
    }
}
