using System.CommandLine;
#if !ORKHON_NO_WEB
using Microsoft.Extensions.Hosting;
using Orkhon.Storage;
using Orkhon.Web;
using Spectre.Console;
#endif

namespace Orkhon.Cli.Commands;

#if ORKHON_NO_WEB
/// <summary>
/// <c>orkhon serve</c> in the Native AOT build, which has no web server (Orkhon.Cli.csproj): one clear line and exit 6,
/// whatever options follow, rather than an unknown command or a failure at run time.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Not in this build: the Native AOT binary has no web server (the normal build serves the API and the dashboard)")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(_ =>
        {
            CommandContext.Error("serve is not part of this build: the Native AOT binary has no web server; run the normal build (dotnet run --project src/Orkhon.Cli, or the tool) to serve the API and the dashboard");
            return ExitCodes.Unavailable;
        });
        return command;
    }
}
#else

/// <summary><c>orkhon serve</c>: the HTTP API and the dashboard, on 127.0.0.1 unless told otherwise.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var hosts = new Option<string?>("--allowed-hosts")
        {
            Description = $"Host names the server answers to, comma-separated ('*.example.org' for subdomains, '*' for any; default: ${ServerOptions.AllowedHostsVariable}, else localhost,127.0.0.1,[::1])",
        };
        hosts.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && ServerOptions.ParseHosts(r.Tokens[0].Value).Count == 0)
            {
                r.AddError("--allowed-hosts: give at least one host name");
            }
        });
        var command = new Command("serve", $"Serve the HTTP API (/api, OpenAPI at /openapi/v1.json) and the dashboard; writes need ${ServerOptions.TokenVariable}") { urls, hosts };
        command.SetAction(parse => CommandContext.Run(() =>
        {
            var allowed = ServerOptions.ParseHosts(parse.GetValue(hosts) ?? Environment.GetEnvironmentVariable(ServerOptions.AllowedHostsVariable));
            if (allowed.Count == 0)
            {
                allowed = ServerOptions.LoopbackHosts;
            }

            string database;
            using (var context = CommandContext.Open(parse))
            {
                // Create, migrate and load the knowledge base once, before requests arrive. A server URL is
                // passed on as given (its password included); a file by its full path.
                database = context.Location.Backend == StoreBackend.Postgres ? context.Location.Target : context.Store.Location;
            }

            var token = Environment.GetEnvironmentVariable(ServerOptions.TokenVariable);
            using var app = OrkhonServer.Build(new ServerOptions { DatabasePath = database, Urls = parse.GetValue(urls)!, ApiToken = token, AllowedHosts = allowed });
            app.Start();
            OrkhonServer.WarmUpAsync(new Uri(app.Urls.First().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal))).GetAwaiter().GetResult();
            foreach (var address in app.Urls)
            {
                AnsiConsole.MarkupLine($"Orkhon is serving [bold]{CommandContext.Escape(address)}[/] (API under /api, OpenAPI at /openapi/v1.json)");
            }

            AnsiConsole.MarkupLine($"Answering requests for host {CommandContext.Escape(string.Join(", ", allowed))}" +
                (ReferenceEquals(allowed, ServerOptions.LoopbackHosts) ? " (set --allowed-hosts to serve under another name)" : ""));
            AnsiConsole.MarkupLine(string.IsNullOrEmpty(token) ? $"[yellow]Writes are disabled: set {ServerOptions.TokenVariable} to allow them.[/]" : "Writes need the bearer token.");
            app.WaitForShutdown();
            return ExitCodes.Success;
        }));
        return command;
    }
}
#endif
