namespace Orkhon.Tests.Cli;

/// <summary>
/// One database initialised with the knowledge base, shared by a test class whose tests only read it:
/// initialising once instead of per test keeps a matrix of CLI runs affordable on a busy CI machine.
/// </summary>
public sealed class KnowledgeBaseDatabase : IDisposable
{
    private readonly TempDirectory _dir = new();

    public KnowledgeBaseDatabase()
    {
        Path = _dir.File("orkhon.db");
        var init = CliRunner.Run(Path, "init");
        if (init.ExitCode != 0)
        {
            throw new InvalidOperationException("orkhon init failed: " + init);
        }

        // A short article for 'extract', the one listing verb that reads files instead of the database.
        Article = _dir.Write("article.txt", "Ulaanbaatar, 21 July 2025. President Khurelsukh met President Japarov of Kyrgyzstan in Bishkek.\n");

        // And one with claims for 'check', a true one and a false one.
        ClaimsArticle = _dir.Write("claims.txt", "Mongolia, a member of the Shanghai Cooperation Organisation since 2004, attended. Mongolia joined the World Trade Organization in 1997.\n");
    }

    public string Path { get; }

    public string Article { get; }

    public string ClaimsArticle { get; }

    public void Dispose() => _dir.Dispose();
}
