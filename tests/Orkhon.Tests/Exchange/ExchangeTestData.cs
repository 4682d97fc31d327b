using Orkhon.Exchange;

namespace Orkhon.Tests.Exchange;

/// <summary>The hand-written dataset files under <c>TestData/exchange/</c> (our own rows in each format, no real dataset rows) and a way to read them.</summary>
internal static class ExchangeTestData
{
    public static string Folder => Path.Combine(RepositoryRoot.Path, "tests", "Orkhon.Tests", "TestData", "exchange");

    public static string File(string name) => Path.Combine(Folder, name);

    public static List<ImportRecord> Read(IDatasetReader reader, string path)
    {
        var (lines, _, owner, error) = ImportSource.Open(path);
        Assert.Null(error);
        using (owner)
        using (lines)
        {
            return [.. reader.Read(lines!)];
        }
    }

    public static List<ImportRecord> ReadText(IDatasetReader reader, string text) => ReadText(reader.Read, text);

    public static List<ImportRecord> ReadText(Func<LineSource, IEnumerable<ImportRecord>> read, string text)
    {
        using var lines = new LineSource(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)));
        return [.. read(lines)];
    }
}
