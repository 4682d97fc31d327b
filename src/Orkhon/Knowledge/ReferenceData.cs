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
        EmbeddedData.ReadTable(EmbeddedData.Organisations),
        EmbeddedData.ReadTable(EmbeddedData.Agencies),
        EmbeddedData.ReadTable(EmbeddedData.Places)));

    private readonly FrozenDictionary<string, Country> _countries;
    private readonly FrozenDictionary<string, Organisation> _organisations;

    private ReferenceData(IReadOnlyList<Country> countries, IReadOnlyList<Organisation> organisations, IReadOnlyList<Agency> agencies, IReadOnlyList<Place> places, ActorGazetteer gazetteer)
    {
        Countries = countries;
        Organisations = organisations;
        Agencies = agencies;
        Places = places;
        Gazetteer = gazetteer;
        _countries = countries.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        _organisations = organisations.ToFrozenDictionary(o => o.Code, StringComparer.Ordinal);
    }

    public static ReferenceData Default => s_default.Value;

    public IReadOnlyList<Country> Countries { get; }

    public IReadOnlyList<Organisation> Organisations { get; }

    /// <summary>State bodies, armed movements and organs of organisations named on their own (<c>data/reference/agencies.tsv</c>).</summary>
    public IReadOnlyList<Agency> Agencies { get; }

    /// <summary>Sub-national places and large cities (<c>data/reference/places.tsv</c>).</summary>
    public IReadOnlyList<Place> Places { get; }

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

    /// <summary>
    /// Loads and cross-checks the tables; every problem is reported with its file and line. Agencies and places are
    /// optional: without them the gazetteer knows states and organisations only.
    /// </summary>
    public static ReferenceData Load(TsvTable countries, TsvTable organisations, TsvTable? agencies = null, TsvTable? places = null)
    {
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(organisations);
        var errors = new List<DataFileError>();
        var countryList = ReadCountries(countries, errors);
        var orgList = ReadOrganisations(organisations, countryList, errors);
        var countryCodes = countryList.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        // An organ of an organisation ("European Parliament", "the UN human rights office") acts for the organisation.
        var bodyOwners = countryCodes.Concat(orgList.Select(o => o.Code)).ToHashSet(StringComparer.Ordinal);
        var agencyList = agencies is null ? [] : ReadAgencies(agencies, bodyOwners, errors);
        var placeList = places is null ? [] : ReadPlaces(places, countryCodes, errors);
        if (errors.Count > 0)
        {
            throw new DataFileException(errors);
        }

        var files = new ActorGazetteer.Files(countries.Name, organisations.Name, agencies?.Name ?? "", places?.Name ?? "");
        var gazetteer = ActorGazetteer.Build(countryList, orgList, agencyList, placeList, files, errors);
        return errors.Count > 0 ? throw new DataFileException(errors) : new ReferenceData(countryList, orgList, agencyList, placeList, gazetteer);
    }

    private static List<Agency> ReadAgencies(TsvTable table, HashSet<string> owners, List<DataFileError> errors)
    {
        int name = table.ColumnIndex("name"), alts = table.ColumnIndex("alt_names"), country = table.ColumnIndex("country"),
            role = table.ColumnIndex("role"), sector = table.ColumnIndex("sector"), source = table.ColumnIndex("source_url");
        var list = new List<Agency>();
        foreach (var row in table.Rows)
        {
            void Fail(string message) => errors.Add(new DataFileError(table.Name, row.Line, message));

            if (row[name].Length == 0)
            {
                Fail("an agency needs a name");
            }
            else if (!owners.Contains(row[country]))
            {
                Fail($"'{row[country]}' is not a country code nor an organisation code");
            }
            else if (!ActorRoles.TryParse(row[role], out var r))
            {
                Fail($"role '{row[role]}' is not one of {string.Join(", ", ActorRoles.Names)}");
            }
            else if (row[sector] is not { Length: 3 } code || !code.All(char.IsAsciiLetterUpper))
            {
                Fail($"the sector is a three-letter CAMEO agent code: '{row[sector]}'");
            }
            else if (!IsHttpUrl(row[source]))
            {
                Fail($"source_url '{row[source]}' is not an http(s) URL");
            }
            else
            {
                list.Add(new Agency(row[name], row.List(alts), row[country], r, row[sector], row[source]));
            }
        }

        return list;
    }

    private static readonly HashSet<string> s_placeKinds = new(StringComparer.Ordinal) { "subdivision", "city" };

    private static List<Place> ReadPlaces(TsvTable table, HashSet<string> countries, List<DataFileError> errors)
    {
        int name = table.ColumnIndex("name"), country = table.ColumnIndex("country"), kind = table.ColumnIndex("kind"),
            iso = table.ColumnIndex("iso_3166_2"), source = table.ColumnIndex("source_url");
        var list = new List<Place>();
        foreach (var row in table.Rows)
        {
            void Fail(string message) => errors.Add(new DataFileError(table.Name, row.Line, message));

            if (row[name].Length == 0)
            {
                Fail("a place needs a name");
            }
            else if (!countries.Contains(row[country]))
            {
                Fail($"'{row[country]}' is not a country code");
            }
            else if (!s_placeKinds.Contains(row[kind]))
            {
                Fail($"kind '{row[kind]}' is not one of subdivision, city");
            }
            else if (!IsHttpUrl(row[source]))
            {
                Fail($"source_url '{row[source]}' is not an http(s) URL");
            }
            else
            {
                list.Add(new Place(row[name], row[country], row[kind], row.Optional(iso), row[source]));
            }
        }

        return list;
    }

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

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
