import ChatServer
import Testing

/// The bot's defaults that people notice: how late a reminder can be, and how often a taken nick is asked for.
struct IRCBotConfigurationTests {
    @Test func remindersAreAtMostASecondLateAndTheNickIsAskedForLessOftenUpToACap() {
        let settings = IRCBotConfiguration(host: "127.0.0.1", port: 6667, nick: "okrcoach")
        #expect(settings.reminderInterval <= 1)
        #expect(settings.nickRetryMinimum > 0 && settings.nickRetryMinimum <= settings.nickRetryMaximum)
        #expect(settings.nickRetryMaximum <= 300)
    }
}
