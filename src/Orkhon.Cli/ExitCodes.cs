namespace Orkhon.Cli;

/// <summary>The process exit codes of <c>orkhon</c>, documented in <c>docs/cli.md</c>. Other tools rely on them.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command line itself is wrong (unknown verb or option, bad value).</summary>
    public const int Usage = 1;

    /// <summary>One or more input files could not be read; whatever could be read was stored.</summary>
    public const int BadInput = 2;

    /// <summary>The database cannot be used (not Orkhon's, from a newer version, unreadable).</summary>
    public const int Database = 3;

    /// <summary>The thing asked for does not exist (e.g. <c>show</c> with an unknown id).</summary>
    public const int NotFound = 4;

    /// <summary>The database stayed locked by another writer for longer than the busy timeout; nothing of the failed step was written.</summary>
    public const int Busy = 5;

    /// <summary>The command is not part of this build: <c>serve</c> in the Native AOT binary, which has no web server.</summary>
    public const int Unavailable = 6;

    /// <summary>A bug in Orkhon: reported in one line, never as a stack trace.</summary>
    public const int InternalError = 70;
}
