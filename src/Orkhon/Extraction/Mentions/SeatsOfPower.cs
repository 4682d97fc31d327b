using System.Collections.Frozen;
using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// Buildings and streets that news names for the office inside them ("The Kremlin said…", "Downing Street condemned…", "the
/// Blue House"), from <c>data/lexicon/seats.tsv</c>: each stands for its state with the role of that office.
/// </summary>
public static class SeatsOfPower
{
    private static readonly FrozenDictionary<string, (string Country, ActorRole Role)> s_seats = Load(EmbeddedData.ReadTable(EmbeddedData.Seats));
    private static readonly FrozenDictionary<string, (string Country, ActorRole Role)>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_seats.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> s_firstWords = s_seats.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_firstWordLookup = s_firstWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public const int MaxWords = 4;

    /// <summary>The seats as rows: phrase → state and role.</summary>
    public static IReadOnlyDictionary<string, (string Country, ActorRole Role)> All => s_seats;

    /// <summary>
    /// Rows of a seats table (<c>phrase</c>, <c>country</c>, <c>role</c>): a bad role, a phrase not capitalised or longer than
    /// <see cref="MaxWords"/> words, or a phrase listed twice is an error naming the row.
    /// </summary>
    public static FrozenDictionary<string, (string Country, ActorRole Role)> Load(TsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var (phrase, country, role) = (table.ColumnIndex("phrase"), table.ColumnIndex("country"), table.ColumnIndex("role"));
        var seats = new Dictionary<string, (string, ActorRole)>(StringComparer.Ordinal);
        var errors = new List<DataFileError>();
        foreach (var row in table.Rows)
        {
            var words = row[phrase].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (!ActorRoles.TryParse(row[role], out var r))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"unknown role '{row[role]}' (one of {string.Join(", ", ActorRoles.Names)})"));
            }
            else if (words is < 1 or > MaxWords || !char.IsUpper(row[phrase][0]))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"a seat is one to {MaxWords} words, capitalised: '{row[phrase]}'"));
            }
            else if (row[country] is not { Length: 3 } code || !code.All(char.IsAsciiLetterUpper))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"the country is an ISO 3166-1 alpha-3 code: '{row[country]}'"));
            }
            else if (!seats.TryAdd(row[phrase], (code, r)))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"seat listed twice: '{row[phrase]}'"));
            }
        }

        return errors.Count > 0 ? throw new DataFileException(errors) : seats.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Whether a seat's name starts with this word (the first test <see cref="Match"/> makes).</summary>
    internal static bool MayStart(ReadOnlySpan<char> word) => s_firstWordLookup.Contains(word);

    /// <summary>The words <see cref="MayStart"/> accepts, as written.</summary>
    internal static IEnumerable<string> FirstWords => s_firstWords;

    /// <summary>The seat named at token <paramref name="i"/> (longest first), as written: its end, state and role.</summary>
    internal static (int End, string Country, ActorRole Role)? Match(string text, List<Token> tokens, bool[] blocked, int i, PhraseBuffer buffer)
    {
        if (tokens[i].Kind != TokenKind.Word || !s_firstWordLookup.Contains(tokens[i].In(text)))
        {
            return null;
        }

        return buffer.Longest(text, tokens, blocked, i, MaxWords, s_lookup) is { } seat ? (i + seat.Length, seat.Value.Country, seat.Value.Role) : null;
    }
}
