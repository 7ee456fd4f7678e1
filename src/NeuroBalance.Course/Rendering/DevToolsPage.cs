using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NeuroBalance.Course.Rendering;

/// <summary>
/// One page of headless Chromium driven over the DevTools protocol (a minimal client on
/// <see cref="ClientWebSocket"/>), with networking off. Unlike <c>--dump-dom</c>, it sees what the page
/// did: console errors, uncaught exceptions and every request the page made.
/// </summary>
/// <remarks>
/// The browser listens on an ephemeral loopback port (<c>--remote-debugging-port=0</c>); the port is
/// read from its "DevTools listening on" line. Requests are recorded from <c>Network.requestWillBeSent</c>,
/// console errors from <c>Runtime.consoleAPICalled</c>, <c>Runtime.exceptionThrown</c> and
/// <c>Log.entryAdded</c>.
/// </remarks>
public sealed class DevToolsPage : IAsyncDisposable
{
    private readonly Process process;
    private readonly DirectoryInfo profile;
    private readonly ClientWebSocket socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> pending = new();
    private readonly ConcurrentQueue<string> requests = new();
    private readonly ConcurrentQueue<string> consoleErrors = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task receiveLoop;
    private TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int nextId;

    private DevToolsPage(Process process, DirectoryInfo profile, ClientWebSocket socket)
    {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
        receiveLoop = Task.Run(ReceiveAsync);
    }

    /// <summary>Gets every URL the page requested since the last <see cref="NavigateAsync"/>.</summary>
    public IReadOnlyList<string> Requests => [.. requests];

    /// <summary>Gets every console error and uncaught exception since the last <see cref="NavigateAsync"/>.</summary>
    public IReadOnlyList<string> ConsoleErrors => [.. consoleErrors];

    /// <summary>Starts the browser and connects to its first page.</summary>
    /// <param name="browser">The browser.</param>
    /// <param name="width">Window width in pixels.</param>
    /// <param name="height">Window height in pixels.</param>
    /// <param name="timeout">How long the start may take.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The connected page.</returns>
    /// <exception cref="InvalidOperationException">The browser did not open its DevTools endpoint.</exception>
    public static async Task<DevToolsPage> LaunchAsync(HeadlessChromium browser, int width, int height, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var profile = Directory.CreateTempSubdirectory("neurobalance-devtools-");
        var start = new ProcessStartInfo(browser.Executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var flag in HeadlessChromium.OfflineFlags(profile))
        {
            start.ArgumentList.Add(flag);
        }

        start.ArgumentList.Add("--remote-debugging-port=0");
        start.ArgumentList.Add($"--window-size={width},{height}");
        start.ArgumentList.Add("--hide-scrollbars");
        start.ArgumentList.Add("about:blank");
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {browser.Executable}.");
        try
        {
            _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var endpoint = await ReadEndpointAsync(process).WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            using var http = new HttpClient(new HttpClientHandler { UseProxy = false });
            var targets = JsonNode.Parse(await http.GetStringAsync(new Uri(endpoint, "/json/list"), cancellationToken).ConfigureAwait(false))!.AsArray();
            var page = targets.First(t => t?["type"]?.GetValue<string>() == "page")!["webSocketDebuggerUrl"]!.GetValue<string>();
            var socket = new ClientWebSocket();
            socket.Options.Proxy = null;
            await socket.ConnectAsync(new Uri(page), cancellationToken).ConfigureAwait(false);
            var devTools = new DevToolsPage(process, profile, socket);
            foreach (var domain in new[] { "Page.enable", "Runtime.enable", "Log.enable", "Network.enable" })
            {
                await devTools.SendAsync(domain, null, timeout, cancellationToken).ConfigureAwait(false);
            }

            return devTools;
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            HeadlessChromium.TryDelete(profile);
            throw;
        }
    }

    /// <summary>Loads a URL and waits for its load event; clears the recorded requests and errors first.</summary>
    /// <param name="url">The page, e.g. a <c>file:</c> URL.</param>
    /// <param name="timeout">How long loading may take.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the page has loaded.</returns>
    public async Task NavigateAsync(Uri url, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        requests.Clear();
        consoleErrors.Clear();
        loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url.AbsoluteUri }, timeout, cancellationToken).ConfigureAwait(false);
        await loaded.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Evaluates a JavaScript expression in the page (promises are awaited) and returns its JSON value.</summary>
    /// <param name="expression">The expression.</param>
    /// <param name="timeout">How long it may take.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The value, or null for undefined.</returns>
    /// <exception cref="InvalidOperationException">The expression threw.</exception>
    public async Task<JsonNode?> EvaluateAsync(string expression, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true }, timeout, cancellationToken).ConfigureAwait(false);
        if (result?["exceptionDetails"] is { } error)
        {
            throw new InvalidOperationException($"The page threw while evaluating '{expression}': {error.ToJsonString()}");
        }

        return result?["result"]?["value"];
    }

    /// <summary>Evaluates an expression until it is true, or until the time limit.</summary>
    /// <param name="expression">A boolean expression.</param>
    /// <param name="timeout">How long to keep trying.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>Whether it became true.</returns>
    public async Task<bool> WaitForAsync(string expression, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            try
            {
                if ((await EvaluateAsync(expression, timeout, cancellationToken).ConfigureAwait(false))?.GetValue<bool>() == true)
                {
                    return true;
                }
            }
            catch (InvalidOperationException e) when (e.Message.Contains("navigated or closed", StringComparison.Ordinal)
                                                     || e.Message.Contains("context was destroyed", StringComparison.Ordinal))
            {
                // The page is navigating (what a caller often waits for): the evaluation had no page to run in. Try again.
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        return false;
    }

    /// <summary>Emulates a CSS media feature, e.g. <c>prefers-color-scheme: dark</c>.</summary>
    /// <param name="name">The feature name.</param>
    /// <param name="value">The value.</param>
    /// <param name="timeout">How long it may take.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the browser has applied it.</returns>
    public Task EmulateMediaFeatureAsync(string name, string value, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        SendAsync("Emulation.setEmulatedMedia", new JsonObject { ["features"] = new JsonArray(new JsonObject { ["name"] = name, ["value"] = value }) }, timeout, cancellationToken);

    /// <summary>Takes a PNG screenshot of the whole page.</summary>
    /// <param name="timeout">How long it may take.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The PNG bytes.</returns>
    public async Task<byte[]> ScreenshotAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = false }, timeout, cancellationToken).ConfigureAwait(false);
        return Convert.FromBase64String(result!["data"]!.GetValue<string>());
    }

    /// <summary>Closes the connection and stops the browser.</summary>
    /// <returns>A task that completes when the browser is gone.</returns>
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        socket.Abort();
        socket.Dispose();
        try
        {
            await receiveLoop.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }

        process.Dispose();
        stop.Dispose();
        HeadlessChromium.TryDelete(profile);
    }

    private static async Task<Uri> ReadEndpointAsync(Process process)
    {
        const string marker = "DevTools listening on ";
        while (await process.StandardError.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            var at = line.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                var ws = new Uri(line[(at + marker.Length)..].Trim());
                _ = process.StandardError.ReadToEndAsync();
                return new Uri($"http://{ws.Authority}");
            }
        }

        throw new InvalidOperationException("The browser exited without opening its DevTools endpoint.");
    }

    private async Task<JsonNode?> SendAsync(string method, JsonObject? parameters, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref nextId);
        var reply = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        try
        {
            return await reply.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            pending.TryRemove(id, out _);
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        while (!stop.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            var chunk = await socket.ReceiveAsync(buffer, stop.Token).ConfigureAwait(false);
            if (chunk.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, chunk.Count);
            if (!chunk.EndOfMessage)
            {
                continue;
            }

            var node = JsonNode.Parse(message.ToArray());
            message.SetLength(0);
            if (node?["id"] is { } idNode && pending.TryGetValue(idNode.GetValue<int>(), out var reply))
            {
                if (node["error"] is { } error)
                {
                    reply.TrySetException(new InvalidOperationException($"DevTools error: {error.ToJsonString()}"));
                }
                else
                {
                    reply.TrySetResult(node["result"]);
                }

                continue;
            }

            OnEvent(node?["method"]?.GetValue<string>(), node?["params"]);
        }
    }

    private void OnEvent(string? method, JsonNode? parameters)
    {
        var type = parameters?["type"]?.ToString();
        var entry = parameters?["entry"];
        if (method == "Page.loadEventFired")
        {
            loaded.TrySetResult();
        }
        else if (method == "Network.requestWillBeSent")
        {
            requests.Enqueue(parameters?["request"]?["url"]?.ToString() ?? "?");
        }
        else if (method == "Runtime.consoleAPICalled" && type is "error" or "assert")
        {
            var args = parameters?["args"] as JsonArray ?? [];
            consoleErrors.Enqueue($"console.{type}: {string.Join(" ", args.Select(Describe))}");
        }
        else if (method == "Runtime.exceptionThrown")
        {
            var details = parameters?["exceptionDetails"];
            consoleErrors.Enqueue($"uncaught: {Describe(details?["exception"])} {details?["text"]}");
        }
        else if (method == "Log.entryAdded" && entry?["level"]?.ToString() == "error")
        {
            consoleErrors.Enqueue($"log: {entry["text"]} {entry["url"]}");
        }
    }

    private static string Describe(JsonNode? remoteObject)
    {
        var value = remoteObject?["value"];
        return value is not null ? value.ToString() : remoteObject?["description"]?.ToString() ?? string.Empty;
    }
}
