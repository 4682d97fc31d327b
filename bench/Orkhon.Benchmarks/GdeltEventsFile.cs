using System.Globalization;
using System.Text;
using Orkhon.Domain;
using Orkhon.Exchange;
using Orkhon.Knowledge;

namespace Orkhon.Benchmarks;

/// <summary>
/// Writes a synthetic GDELT 2.0 Events file (61 tab-separated columns, no header) for the scale
/// benchmarks: every row different, with the shape of the real stream rather than one row repeated.
/// Mongolia is on one side of about 5 % of the rows (far more than in real GDELT, so one country's
/// analyses have something to chew on); the other rows are between many countries, the busiest far more
/// often than the rest (a Zipf law, as news coverage is); dates run from 1979 to 2025 with volume growing
/// about 8 % a year; event codes follow a skewed root distribution (consultations and statements common,
/// mass violence rare) over the CAMEO catalogue; the source URL is shared by a few events, as an article
/// yields several. Fixed seed: the same arguments give the same file.
/// </summary>
public static class GdeltEventsFile
{
    public const string Focus = "MNG";

    /// <summary>Share of rows with <see cref="Focus"/> on one side.</summary>
    public const double FocusShare = 0.05;

    // CAMEO country codes, busiest first (used with a Zipf law); those the reference tables do not know are dropped.
    private static readonly string[] Countries =
    [
        "USA", "CHN", "RUS", "GBR", "IND", "FRA", "DEU", "JPN", "ISR", "IRN", "TUR", "PAK", "UKR", "AUS", "CAN", "KOR", "PRK", "SYR",
        "EGY", "SAU", "AFG", "IRQ", "NGA", "ZAF", "BRA", "MEX", "ITA", "ESP", "PHL", "IDN", "MYS", "VNM", "THA", "KEN", "ETH", "LBY",
        "YEM", "QAT", "ARE", "LBN", "JOR", "POL", "GRC", "SWE", "NOR", "NLD", "BEL", "CHE", "AUT", "ARG", "COL", "VEN", "CUB", "CHL",
        "PER", "KAZ", "UZB", "KGZ", "TJK", "TKM", "AZE", "ARM", "GEO", "BLR", "HUN", "CZE", "ROU", "BGR", "SRB", "NPL", "BGD", "LKA",
        "MMR", "KHM", "LAO", "SGP", "NZL", "DZA", "MAR", "TUN", "SDN", "SOM", "UGA", "TZA", "GHA", "SEN",
    ];

    // Mongolia's partners, busiest first: its two neighbours, then its "third neighbours" and the region.
    private static readonly string[] FocusPartners =
    [
        "CHN", "RUS", "USA", "JPN", "KOR", "KAZ", "DEU", "GBR", "IND", "FRA", "TUR", "CAN", "AUS", "KGZ", "UZB", "PRK", "VNM", "ITA",
        "POL", "CZE", "HUN", "BLR", "UKR", "TJK", "TKM", "AZE", "SGP", "THA", "IDN", "MYS", "ARE", "QAT", "CHE", "SWE", "BEL", "NLD",
    ];

    // Relative frequency of each CAMEO root 01–20, roughly as in GDELT (consult and statements lead).
    private static readonly double[] RootWeights = [10, 5, 8, 25, 10, 3, 3, 3, 2, 2, 7, 3, 3, 2, 1, 2, 4, 4, 4, 0.5];

    private static readonly string[] Types = ["", "", "", "GOV", "GOV", "MIL", "BUS", "MED", "COP", "OPP", "CVL", "LEG"];

    private static readonly string[] Sites = ["reuters.example", "xinhua.example", "tass.example", "montsame.example", "bbc.example", "ap.example", "yonhap.example", "kyodo.example", "aljazeera.example", "local-news.example"];

    /// <summary>Writes <paramref name="rows"/> rows to <paramref name="path"/>.</summary>
    public static void Write(string path, long rows, int seed = 11)
    {
        var reference = ReferenceData.Default;
        var actors = DatasetActors.Default;
        var countries = Countries.Where(c => actors.FromCode(c) is not null && c != Focus).ToArray();
        var partners = FocusPartners.Where(c => actors.FromCode(c) is not null).ToArray();
        if (actors.FromCode(Focus) is null)
        {
            throw new InvalidOperationException($"{Focus} is not a known actor");
        }

        var names = countries.Append(Focus).ToDictionary(c => c, c => reference.NameOf(c).ToUpperInvariant());
        var codesByRoot = CameoCatalog.Default.All.Where(t => t.Code.Length >= 3).GroupBy(t => t.Code[..2]).ToDictionary(g => g.Key, g => g.ToArray());
        var roots = Enumerable.Range(1, 20).Select(r => r.ToString("00", CultureInfo.InvariantCulture)).ToArray();
        var rootCumulative = Cumulative(RootWeights);
        var countryCumulative = Cumulative(countries.Select((_, i) => 1.0 / (i + 1)).ToArray());
        var partnerCumulative = Cumulative(partners.Select((_, i) => 1.0 / (i + 1)).ToArray());
        var years = Enumerable.Range(1979, 2025 - 1979 + 1).ToArray();
        var yearCumulative = Cumulative(years.Select(y => Math.Exp(0.08 * (y - 1979))).ToArray());

        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        var line = new StringBuilder(600);
        long i = 0;
        foreach (var day in Days(rows, years, yearCumulative, random))
        {
            string a, b;
            if (random.NextDouble() < FocusShare)
            {
                var partner = partners[Pick(partnerCumulative, random)];
                (a, b) = random.Next(2) == 0 ? (Focus, partner) : (partner, Focus);
            }
            else
            {
                a = countries[Pick(countryCumulative, random)];
                do
                {
                    b = countries[Pick(countryCumulative, random)];
                }
                while (b == a);
            }

            var root = roots[Pick(rootCumulative, random)];
            var type = codesByRoot[root][random.Next(codesByRoot[root].Length)];
            var id = 1_000_000_000L + i++;
            Row(line, random, id, day, a, names[a], b, names[b], type, Sites[random.Next(Sites.Length)]);
            writer.Write(line);
            writer.Write('\n');
        }
    }

    /// <summary>
    /// Each row's date, in order: GDELT's files come in time order (a file per fifteen minutes, back-files
    /// by period), and an import's merge lookups read the events of a pair after a date, so an order the
    /// real files never have would measure something else. Rows per year follow the yearly weights.
    /// </summary>
    private static IEnumerable<DateOnly> Days(long rows, int[] years, double[] yearCumulative, Random random)
    {
        long written = 0;
        for (var y = 0; y < years.Length; y++)
        {
            var upTo = y == years.Length - 1 ? rows : (long)Math.Round(rows * yearCumulative[y]);
            var count = (int)(upTo - written);
            var days = DateTime.IsLeapYear(years[y]) ? 366 : 365;
            var offsets = new int[count];
            for (var k = 0; k < count; k++)
            {
                offsets[k] = random.Next(days);
            }

            Array.Sort(offsets);
            var first = new DateOnly(years[y], 1, 1);
            foreach (var offset in offsets)
            {
                yield return first.AddDays(offset);
            }

            written = upTo;
        }
    }

    private static void Row(StringBuilder s, Random random, long id, DateOnly day, string a, string aName, string b, string bName, EventType type, string site)
    {
        var inv = CultureInfo.InvariantCulture;
        var code = type.Code;
        var aType = Types[random.Next(Types.Length)];
        var bType = Types[random.Next(Types.Length)];
        s.Clear();
        s.Append(id.ToString(inv)).Append('\t')
            .Append(day.ToString("yyyyMMdd", inv)).Append('\t')
            .Append(day.ToString("yyyyMM", inv)).Append('\t')
            .Append(day.Year.ToString(inv)).Append('\t')
            .Append((day.Year + (day.Month * 30 + day.Day) / 365.0).ToString("0.0000", inv)).Append('\t');
        Actor(s, a, aName, aType);
        Actor(s, b, bName, bType);
        var quad = type.QuadClass;
        s.Append(random.Next(3) == 0 ? '0' : '1').Append('\t')
            .Append(code).Append('\t')
            .Append(code.Length > 3 ? code[..3] : code).Append('\t')
            .Append(code[..2]).Append('\t')
            .Append(((int)quad).ToString(inv)).Append('\t')
            .Append(type.Goldstein.ToString("0.0", inv)).Append('\t');
        var mentions = 1 + random.Next(20);
        var sources = 1 + random.Next(Math.Min(mentions, 5));
        s.Append(mentions.ToString(inv)).Append('\t').Append(sources.ToString(inv)).Append('\t').Append(Math.Max(sources, mentions / 2).ToString(inv)).Append('\t')
            .Append((random.NextDouble() * 16 - 9).ToString("0.00000000000000", inv)).Append('\t');
        Geo(s, random, a, aName);
        Geo(s, random, b, bName);
        var actionInA = random.Next(2) == 0;
        Geo(s, random, actionInA ? a : b, actionInA ? aName : bName);

        // GDELT 2.0 began on 2015-02-19; older events were back-filled then.
        var added = day >= new DateOnly(2015, 2, 19) ? day.AddDays(random.Next(2)) : new DateOnly(2015, 2, 19);
        s.Append(added.ToString("yyyyMMdd", inv)).Append(((random.Next(24) * 100 + random.Next(4) * 15) * 100).ToString("000000", inv)).Append('\t')
            .Append("https://").Append(site).Append('/').Append(day.ToString("yyyy/MM/dd", inv)).Append("/article-").Append((id / 3).ToString(inv));
    }

    // Actor code, name, country code, known group, ethnic, religion 1 and 2, type 1 to 3: ten columns.
    private static void Actor(StringBuilder s, string country, string name, string type) =>
        s.Append(country).Append(type).Append('\t').Append(name).Append('\t').Append(country).Append("\t\t\t\t\t")
            .Append(type).Append("\t\t\t");

    // Type, full name, country code, ADM1, ADM2, latitude, longitude, feature id: eight columns.
    private static void Geo(StringBuilder s, Random random, string country, string name)
    {
        var inv = CultureInfo.InvariantCulture;
        var fips = country[..2];
        s.Append('1').Append('\t').Append(name).Append('\t').Append(fips).Append('\t').Append(fips).Append('\t').Append('\t')
            .Append((random.NextDouble() * 120 - 50).ToString("0.####", inv)).Append('\t')
            .Append((random.NextDouble() * 340 - 170).ToString("0.####", inv)).Append('\t')
            .Append(fips).Append('\t');
    }

    private static double[] Cumulative(double[] weights)
    {
        var sums = new double[weights.Length];
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            total += weights[i];
            sums[i] = total;
        }

        for (var i = 0; i < sums.Length; i++)
        {
            sums[i] /= total;
        }

        return sums;
    }

    private static int Pick(double[] cumulative, Random random)
    {
        var i = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }
}
