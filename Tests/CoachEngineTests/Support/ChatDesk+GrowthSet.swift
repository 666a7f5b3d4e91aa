import ChatServer

extension ChatDesk {
    /// kari says a line in #growth (on the line protocol that shows she is in it), drafts in private
    /// the Growth set the chat tests share, and shares it with #growth: a team set to test with.
    func shareGrowthSet() async {
        _ = await answer(":kari PRIVMSG #growth :morning all")
        for line in [
            "hi", "Growth", "-", "-", "Delight clinics so that they recommend us",
            "Increase NPS from 30 to 45 by March", "share #growth",
        ] {
            _ = await answer(":kari PRIVMSG okrcoach :\(line)")
        }
    }
}
