using System.Diagnostics;
using System.Text;

namespace Orkhon.Tests.Fuzzing;

/// <summary>
/// A seeded fuzz runner in the spirit of SQLite's own: each target is fed inputs drawn from a seeded
/// generator and must neither throw an unexpected exception nor take longer than its per-input budget.
/// A normal test run feeds a short slice (<see cref="DefaultInputs"/>); <c>ORKHON_FUZZ_INPUTS=1000000</c>
/// runs the long campaign on demand (<c>dotnet test --filter Category=Fuzz</c>), and
/// <c>ORKHON_FUZZ_SEED</c> replays a reported seed. A failing input is saved under the test output so it
/// can become a regression test.
/// </summary>
public static class Fuzz
{
    /// <summary>Inputs per target in an ordinary test run: enough to catch regressions in seconds.</summary>
    public const int DefaultInputs = 5_000;

    /// <summary>The trait that selects fuzz targets: <c>--filter Category=Fuzz</c>.</summary>
    public const string Category = "Fuzz";

    /// <summary>Longest one input may take before the run fails as a hang.</summary>
    public static readonly TimeSpan DefaultPerInputBudget = TimeSpan.FromSeconds(60);

    public static int Inputs(int defaultInputs = DefaultInputs) =>
        int.TryParse(Environment.GetEnvironmentVariable("ORKHON_FUZZ_INPUTS"), out var n) && n > 0 ? n : defaultInputs;

    public static int Seed(int defaultSeed) =>
        int.TryParse(Environment.GetEnvironmentVariable("ORKHON_FUZZ_SEED"), out var s) ? s : defaultSeed;

    /// <summary>
    /// Feeds <paramref name="target"/> with inputs from <paramref name="generate"/>. The target returns
    /// normally for an input it accepts or refuses correctly; any exception, or an input that takes
    /// longer than <paramref name="perInputBudget"/>, fails the run with the seed, the input's index and
    /// the input itself (saved to a file).
    /// </summary>
    public static FuzzReport Run<T>(string name, int seed, Func<Random, T> generate, Action<T> target,
        TimeSpan? perInputBudget = null, int defaultInputs = DefaultInputs, Func<T, string>? show = null)
    {
        ArgumentNullException.ThrowIfNull(generate);
        ArgumentNullException.ThrowIfNull(target);
        show ??= x => x?.ToString() ?? "(null)";
        // A hang detector, not a speed target: wide enough for a busy 2-core CI machine; the slowest input
        // of each long campaign is recorded in BENCHMARKS.md instead.
        var budget = perInputBudget ?? DefaultPerInputBudget;
        seed = Seed(seed);
        var inputs = Inputs(defaultInputs);
        var random = new Random(seed);
        var total = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        var watch = new Stopwatch();
        for (var i = 0; i < inputs; i++)
        {
            var input = generate(random);
            watch.Restart();
            try
            {
                target(input);
            }
            catch (Exception e)
            {
                throw new FuzzFailure(Describe(name, seed, i, show(input), $"threw {e.GetType().Name}: {e.Message}"), e);
            }

            var elapsed = watch.Elapsed;
            if (elapsed > slowest)
            {
                slowest = elapsed;
            }

            if (elapsed > budget)
            {
                throw new FuzzFailure(Describe(name, seed, i, show(input), $"took {elapsed.TotalMilliseconds:F0} ms (budget {budget.TotalMilliseconds:F0} ms)"));
            }
        }

        return new FuzzReport(name, seed, inputs, total.Elapsed, slowest);
    }

    private static string Describe(string name, int seed, int index, string input, string what)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "fuzz-failures");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{name}-seed{seed}-input{index}.txt");
        File.WriteAllText(file, input);
        var preview = input.Length > 300 ? input[..300] + $"… ({input.Length} chars)" : input;
        return $"fuzz target '{name}' (ORKHON_FUZZ_SEED={seed}), input #{index} {what}\ninput saved to {file}\ninput: {Escape(preview)}";
    }

    private static string Escape(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            b.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return b.ToString();
    }

    /// <summary>
    /// A generator that mostly mutates well-formed examples (the inputs that reach deep into a parser)
    /// and sometimes builds from dictionary tokens or plain random characters.
    /// </summary>
    public static Func<Random, string> Mutator(IReadOnlyList<string> corpus, IReadOnlyList<string> dictionary, int maxLength = 400)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(dictionary);
        return random =>
        {
            var b = new StringBuilder(random.Next(3) switch
            {
                0 => RandomText(random, random.Next(maxLength / 4)),
                1 => Tokens(random, dictionary, random.Next(1, 12)),
                _ => corpus.Count > 0 ? corpus[random.Next(corpus.Count)] : "",
            });
            var mutations = random.Next(0, 6);
            for (var m = 0; m < mutations; m++)
            {
                Mutate(random, b, corpus, dictionary);
            }

            return b.Length > maxLength ? b.ToString(0, maxLength) : b.ToString();
        };
    }

    private static void Mutate(Random random, StringBuilder b, IReadOnlyList<string> corpus, IReadOnlyList<string> dictionary)
    {
        var at = b.Length == 0 ? 0 : random.Next(b.Length + 1);
        switch (random.Next(7))
        {
            case 0 when b.Length > 0: // delete a run
                var length = Math.Min(random.Next(1, 8), b.Length - Math.Min(at, b.Length - 1));
                b.Remove(Math.Min(at, b.Length - 1), length);
                break;
            case 1: // insert a token
                if (dictionary.Count > 0)
                {
                    b.Insert(at, dictionary[random.Next(dictionary.Count)]);
                }

                break;
            case 2: // insert random characters
                b.Insert(at, RandomText(random, random.Next(1, 6)));
                break;
            case 3 when b.Length > 0: // duplicate a slice
                var start = random.Next(b.Length);
                var count = random.Next(1, Math.Min(40, b.Length - start) + 1);
                b.Insert(at, b.ToString(start, count));
                break;
            case 4: // splice another example
                if (corpus.Count > 0)
                {
                    var other = corpus[random.Next(corpus.Count)];
                    b.Insert(at, other[..random.Next(other.Length + 1)]);
                }

                break;
            case 5 when b.Length > 0: // replace one character
                b[Math.Min(at, b.Length - 1)] = RandomChar(random);
                break;
            default: // extreme numbers: the inputs that overflow date arithmetic
                b.Insert(at, s_numbers[random.Next(s_numbers.Length)]);
                break;
        }
    }

    private static readonly string[] s_numbers =
    [
        "0", "-1", "1", "9999", "10000", "99999999999", "2147483647", "2147483648", "-2147483648",
        "9223372036854775807", "1e308", "00", "3000", "0001", "12", "13", "31", "32", "29", "366",
    ];

    private static readonly string s_alphabet =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-/'\"<>&=?#%()[]{}\n\t\r\\";

    public static string RandomText(Random random, int length)
    {
        ArgumentNullException.ThrowIfNull(random);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = RandomChar(random);
        }

        return new string(chars);
    }

    private static char RandomChar(Random random) => random.Next(10) switch
    {
        0 => (char)random.Next(0, 32), // control characters
        1 => (char)random.Next(0x80, 0x3000), // letters and punctuation beyond ASCII
        2 => (char)random.Next(0xD800, 0xE000), // lone surrogates
        _ => s_alphabet[random.Next(s_alphabet.Length)],
    };

    public static string Tokens(Random random, IReadOnlyList<string> dictionary, int count)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(dictionary);
        if (dictionary.Count == 0)
        {
            return "";
        }

        var b = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                b.Append(random.Next(5) == 0 ? "" : " ");
            }

            b.Append(dictionary[random.Next(dictionary.Count)]);
        }

        return b.ToString();
    }
}

/// <summary>What a fuzz run did: printed by the test so long campaigns can be recorded in BENCHMARKS.md.</summary>
public sealed record FuzzReport(string Name, int Seed, int Inputs, TimeSpan Elapsed, TimeSpan Slowest)
{
    public override string ToString() =>
        $"{Name}: {Inputs:N0} inputs, seed {Seed}, {Elapsed.TotalSeconds:F1} s, {Inputs / Math.Max(Elapsed.TotalSeconds, 1e-9):N0} inputs/s, slowest {Slowest.TotalMilliseconds:F1} ms";
}

public sealed class FuzzFailure : Exception
{
    public FuzzFailure(string message) : base(message)
    {
    }

    public FuzzFailure(string message, Exception inner) : base(message, inner)
    {
    }

    public FuzzFailure()
    {
    }
}
