using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text;
using Orkhon.Cli;
using Orkhon.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;
ConsoleWidth.Apply();

// A plain command named "orkhon" rather than RootCommand, whose name would be the assembly's (Orkhon.Cli).
var root = new Command("orkhon", """
    Orkhon: a foreign-policy event observatory.
    Reads articles, keeps a sourced record of who did what to whom and when (coded in CAMEO), and ships
    curated knowledge bases of Mongolia's (since 1987, the default country) and Kazakhstan's foreign relations.
    Exit codes: 0 success, 1 bad command line, 2 some input could not be read, 3 database unusable, 4 not found,
    5 database busy (another writer held the lock too long), 6 command not in this build, 70 internal error.
    """)
{
    new HelpOption(),
    new VersionOption(),
    CommonOptions.Database,
    DemoCommand.Create(),
    InitCommand.Create(),
    IngestCommand.Create(),
    ImportCommand.Create(),
    ExportCommand.Create(),
    ExtractCommand.Create(),
    CheckCommand.Create(),
    EventsCommand.Create(),
    TimelineCommand.Create(),
    ShowCommand.Create(),
    ActorsCommand.Create(),
    FrameworksCommand.Create(),
    BalanceCommand.Create(),
    CompareCommand.Create(),
    DependenceCommand.Create(),
    PivotCommand.Create(),
    ToneCommand.Create(),
    ReciprocityCommand.Create(),
    CorridorsCommand.Create(),
    ReportCommand.Create(),
    ServeCommand.Create(),
};

if (args.Length == 0)
{
    // A bare 'orkhon' is a person asking what it does: the help, with the usage exit code as before.
    root.Parse(["--help"]).Invoke();
    return ExitCodes.Usage;
}

var parse = root.Parse(args);
if (parse.Action is ParseErrorAction)
{
    // One line on stderr and exit 1: the whole help text on stdout would end up in the pipe a script reads.
    Console.Error.WriteLine(UsageError.Describe(parse));
    return ExitCodes.Usage;
}

ConsoleWidth.Wide = parse.GetValue(CommonOptions.Wide);
return parse.Invoke();
