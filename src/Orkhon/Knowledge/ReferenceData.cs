using System.Collections.Frozen;
using Orkhon.Domain;

namespace Orkhon.Knowledge;

/// <summary>
/// The states, territories and organisations the product knows, loaded once from the embedded
/// reference tables and indexed by code and by every name a text may use for them.
/// </summary>
public sealed class ReferenceData
{
    private static readonly Lazy<ReferenceData> s_default = new(() => Load(
        EmbeddedData.ReadTable(EmbeddedData.Countries),
        EmbeddedData.ReadTable(EmbeddedData.Organisations)));

    private readonly FrozenDictionary<string, Country> _countries;
    private readonly FrozenDictionary<string, Organisation> _organisations;

    private ReferenceData(IReadOnlyList<Country> countries, IReadOnlyList<Organisation> organisations, ActorGazetteer gazetteer)
    {
        Countries = countries;
        Organisations = organisations;
        Gazetteer = gazetteer;
        _countries = countries.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        _organisations = organisations.ToFrozenDictionary(o => o.Code, StringComparer.Ordinal);
    }

    public static ReferenceData Default => s_default.Value;

    public IReadOnlyList<Country> Countries { get; }

    public IReadOnlyList<Organisation> Organisations { get; }

    /// <summary>Name → actor lookup over every name, alias, adjective, demonym and capital.</summary>
    public ActorGazetteer Gazetteer { get; }

    public Country? FindCountry(string code) => _countries.GetValueOrDefault(code);

    public Organisation? FindOrganisation(string code) => _organisations.GetValueOrDefault(code);

    /// <summary>The actor for a code, or null when the code is unknown.</summary>
    public Actor? FindActor(string code)
    {
        if (_countries.TryGetValue(code, out var country))
        {
            return new Actor(country.Code, ActorKind.State, country.Name);
        }

        if (_organisations.TryGetValue(code, out var org))
        {
            return new Actor(org.Code, org.Kind == "other" ? ActorKind.Collective : ActorKind.Organisation, org.Name);
        }

        return null;
    }

    /// <summary>A display name for a code, falling back to the code itself.</summary>
    public string NameOf(string code) => FindActor(code)?.Name ?? code;

    public IEnumerable<Actor> AllActors()
    {
        foreach (var c in Countries)
        {
            yield return new Actor(c.Code, ActorKind.State, c.Name);
        }

        foreach (var o in Organisations)
        {
            yield return FindActor(o.Code)!;
        }
    }

    /// <summary>Loads and cross-checks the two tables; every problem is reported with its file and line.</summary>
    public static ReferenceData Load(TsvTable countries, TsvTable organisations)
    {
        var errors = new List<DataFileError>();
        var countryList = ReadCountries(countries, errors);
        var orgList = ReadOrganisations(organisations, countryList, errors);
        if (errors.Count > 0)
        {
            throw new DataFileException(errors);
        }

        var gazetteer = ActorGazetteer.Build(countryList, orgList, countries.Name, organisations.Name, errors);
        return errors.Count > 0 ? throw new DataFileException(errors) : new ReferenceData(countryList, orgList, gazetteer);
    }

    private static List<Country> ReadCountries(TsvTable table, List<DataFileError> errors)
    {
        int code = table.ColumnIndex("code"), iso2 = table.ColumnIndex("iso2"), m49 = table.ColumnIndex("m49"),
            name = table.ColumnIndex("name"), official = table.ColumnIndex("official_name"), alts = table.ColumnIndex("alt_names"),
            adjectives = table.ColumnIndex("adjectives"), demonyms = table.ColumnIndex("demonyms"), capital = table.ColumnIndex("capital"),
            capitalAlts = table.ColumnIndex("capital_alts"), region = table.ColumnIndex("region"), subregion = table.ColumnIndex("subregion"),
            status = table.ColumnIndex("status");
        var list = new List<Country>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var c = row[code];
            if (c.Length != 3 || !Actor.IsValidCode(c))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"'{c}' is not an ISO 3166-1 alpha-3 code"));
                continue;
            }

            if (!seen.Add(c))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"duplicate code {c}"));
                continue;
            }

            if (row[name].Length == 0)
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"{c} has no name"));
                continue;
            }

            list.Add(new Country(c, row[iso2], row.Optional(m49), row[name], row.Optional(official) ?? row[name], row.List(alts),
                row.List(adjectives), row.List(demonyms), row.Optional(capital), row.List(capitalAlts), row[region], row[subregion], row[status]));
        }

        return list;
    }

    private static List<Organisation> ReadOrganisations(TsvTable table, List<Country> countries, List<DataFileError> errors)
    {
        int code = table.ColumnIndex("code"), name = table.ColumnIndex("name"), alts = table.ColumnIndex("alt_names"),
            kind = table.ColumnIndex("kind"), members = table.ColumnIndex("members"), observers = table.ColumnIndex("observers"),
            founded = table.ColumnIndex("founded"), source = table.ColumnIndex("source_url");
        var countryCodes = countries.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var list = new List<Organisation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var c = row[code];
            if (!Actor.IsValidCode(c))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"'{c}' is not a valid actor code (upper-case letters and digits)"));
                continue;
            }

            if (!seen.Add(c) || countryCodes.Contains(c))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"code {c} is already used"));
                continue;
            }

            var memberList = row.List(members);
            var observerList = row.List(observers);
            foreach (var m in memberList.Concat(observerList))
            {
                if (!countryCodes.Contains(m))
                {
                    errors.Add(new DataFileError(table.Name, row.Line, $"{c}: member or observer '{m}' is not a country code"));
                }
            }

            list.Add(new Organisation(c, row[name], row.List(alts), row[kind], memberList, observerList, row.Optional(founded), row.Optional(source)));
        }

        return list;
    }
}
