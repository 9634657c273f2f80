using System.Threading.Channels;

namespace ChatConsent.Tests.Support;

/// <summary>Collects hub events so a test can wait for the next one instead of sleeping.</summary>
public sealed class Inbox<T>
{
    private readonly Channel<T> _events = Channel.CreateUnbounded<T>();

    public void Add(T item) => _events.Writer.TryWrite(item);

    public async Task<T> NextAsync(TimeSpan? timeout = null)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        // Generous: every test class runs its own host, and two cores are shared by all of them.
        cancel.CancelAfter(timeout ?? TimeSpan.FromSeconds(30));
        return await _events.Reader.ReadAsync(cancel.Token);
    }

    /// <summary>True when nothing arrives within <paramref name="window"/>.</summary>
    public async Task<bool> StaysEmptyAsync(TimeSpan window)
    {
        await Task.Delay(window, TestContext.Current.CancellationToken);
        return !_events.Reader.TryPeek(out _);
    }
}
