using System.Globalization;
using System.Text;

namespace Orkhon.Benchmarks;

/// <summary>
/// Writes a synthetic GDELT 2.0 Events file (61 tab-separated columns, no header) for import benchmarks and
/// tests: countries drawn with a skewed (Zipf-like) weight so a few dyads dominate as in the real archive,
/// Mongolia on about 5 % of rows, CAMEO codes of every kind with their Goldstein values, days spread over
/// 2015–2024, and a distinct source URL per row. The same seed always gives the same file.
/// </summary>
public static class GdeltFile
{
    private static readonly string[] Countries =
        ["USA", "CHN", "RUS", "GBR", "FRA", "DEU", "JPN", "IND", "KOR", "TUR", "IRN", "ISR", "UKR", "KAZ", "PRK", "BRA", "CAN", "AUS", "PAK", "KGZ"];

    private static readonly (string Code, double Goldstein, int Quad)[] Codes =
    [
        ("010", 0.0, 1), ("020", 3.0, 1), ("036", 4.0, 1), ("040", 1.0, 1), ("042", 1.9, 1), ("043", 2.8, 1), ("046", 7.0, 1),
        ("051", 3.4, 2), ("057", 8.0, 2), ("061", 6.4, 2), ("071", 7.4, 2), ("080", 5.0, 2), ("090", -2.0, 3), ("100", -5.0, 3),
        ("111", -2.0, 3), ("112", -2.0, 3), ("120", -4.0, 3), ("130", -4.4, 3), ("140", -6.5, 4), ("172", -5.0, 4), ("190", -10.0, 4),
    ];

    /// <summary>Writes <paramref name="rows"/> events numbered from <paramref name="firstId"/>.</summary>
    public static void Write(TextWriter writer, long rows, int seed = 1, long firstId = 1_000_000_000)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var random = new Random(seed);
        var first = new DateOnly(2015, 1, 1);
        var days = new DateOnly(2024, 12, 31).DayNumber - first.DayNumber + 1;
        var f = new string[61];
        var line = new StringBuilder(512);
        for (long i = 0; i < rows; i++)
        {
            Array.Fill(f, "");
            var a = Country(random);
            var b = Country(random);
            while (b == a)
            {
                b = Country(random);
            }

            if (random.NextDouble() < 0.05)
            {
                // Mongolia on one side, its partners drawn with the same skew.
                if (random.Next(2) == 0)
                {
                    a = "MNG";
                }
                else
                {
                    b = "MNG";
                }
            }

            var day = first.AddDays(random.Next(days));
            var (code, goldstein, quad) = Codes[random.Next(Codes.Length)];
            var id = (firstId + i).ToString(CultureInfo.InvariantCulture);
            f[0] = id;
            f[1] = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            f[2] = day.ToString("yyyyMM", CultureInfo.InvariantCulture);
            f[3] = day.Year.ToString(CultureInfo.InvariantCulture);
            f[4] = (day.Year + (day.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture);
            f[5] = random.Next(3) == 0 ? a + "GOV" : a;
            f[6] = a;
            f[7] = a;
            f[15] = b;
            f[16] = b;
            f[17] = b;
            f[25] = "1";
            f[26] = code;
            f[27] = code[..3];
            f[28] = code[..2];
            f[29] = quad.ToString(CultureInfo.InvariantCulture);
            f[30] = goldstein.ToString("0.0", CultureInfo.InvariantCulture);
            var mentions = 1 + random.Next(20);
            f[31] = mentions.ToString(CultureInfo.InvariantCulture);
            f[32] = (1 + random.Next(mentions)).ToString(CultureInfo.InvariantCulture);
            f[33] = mentions.ToString(CultureInfo.InvariantCulture);
            f[34] = (random.NextDouble() * 20 - 10).ToString("0.00", CultureInfo.InvariantCulture);
            f[51] = "1";
            f[52] = b;
            f[59] = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "120000";
            f[60] = "https://news.example/" + f[1] + "/" + id;
            line.Clear();
            line.AppendJoin('\t', f);
            writer.Write(line);
            writer.Write('\n');
        }
    }

    // Zipf-like: the k-th country is drawn about 1/k as often as the first.
    private static string Country(Random random)
    {
        var total = 0.0;
        for (var k = 1; k <= Countries.Length; k++)
        {
            total += 1.0 / k;
        }

        var x = random.NextDouble() * total;
        for (var k = 1; k <= Countries.Length; k++)
        {
            x -= 1.0 / k;
            if (x <= 0)
            {
                return Countries[k - 1];
            }
        }

        return Countries[^1];
    }
}
