using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace ChatConsent.Tests.Support;

/// <summary>Every log event the host writes, rendered with all its properties, for tests to search.</summary>
public sealed class CapturedLogs : ILogEventSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public void Emit(LogEvent logEvent)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        logEvent.RenderMessage(text, CultureInfo.InvariantCulture);
        foreach (var (name, value) in logEvent.Properties)
        {
            text.Write($" {name}={value}");
        }

        text.Write(logEvent.Exception?.ToString());
        _lines.Enqueue(text.ToString());
    }

    public string All => string.Join('\n', _lines);
}
