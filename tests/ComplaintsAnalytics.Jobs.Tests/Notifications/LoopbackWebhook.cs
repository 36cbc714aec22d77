using System.Net;
using System.Net.Sockets;

namespace ComplaintsAnalytics.Jobs.Tests.Notifications;

/// <summary>An incoming-webhook stand-in on 127.0.0.1: records each POST body and answers with a chosen status.</summary>
internal sealed class LoopbackWebhook : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<string> _bodies = [];
    private readonly Task _serving;

    public LoopbackWebhook(HttpStatusCode status = HttpStatusCode.OK)
    {
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/webhook/T000/B000/secret-token/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _serving = Task.Run(() => Serve(status));
    }

    public Uri Url { get; }

    public IReadOnlyList<string> Bodies
    {
        get
        {
            lock (_bodies)
            {
                return [.. _bodies];
            }
        }
    }

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending GetContext.
        }
    }

    private async Task Serve(HttpStatusCode status)
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using (var reader = new StreamReader(context.Request.InputStream))
            {
                var body = await reader.ReadToEndAsync();
                lock (_bodies)
                {
                    _bodies.Add(body);
                }
            }

            context.Response.StatusCode = (int)status;
            context.Response.Close();
        }
    }
}
