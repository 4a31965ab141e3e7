package dev.studybot.discord.fake;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * A guild of the fake Discord: its roles (the first is @everyone, whose id is the guild's), text
 * channels and members, the bot's own member among them.
 */
public record FakeGuild(
        String id,
        String name,
        String ownerId,
        String locale,
        List<FakeRole> roles,
        List<FakeChannel> channels,
        List<FakeMember> members) {
    public FakeGuild {
        roles = List.copyOf(roles);
        channels = List.copyOf(channels);
        members = List.copyOf(members);
    }

    public FakeChannel channel(String channelName) {
        return channels.stream()
                .filter(c -> c.name().equals(channelName) || c.id().equals(channelName))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no channel " + channelName + " in " + name));
    }

    public FakeMember member(String memberName) {
        return members.stream()
                .filter(m -> m.username().equals(memberName) || m.id().equals(memberName))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no member " + memberName + " in " + name));
    }

    public FakeRole role(String roleName) {
        return roles.stream()
                .filter(r -> r.name().equals(roleName) || r.id().equals(roleName))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no role " + roleName + " in " + name));
    }

    public FakeRole everyone() {
        return roles.get(0);
    }

    /** The member's guild-wide permissions: @everyone's and their roles', everything for the owner. */
    public long permissions(FakeMember member) {
        if (member.id().equals(ownerId)) {
            return -1L >>> 1;
        }
        long permissions = everyone().permissions();
        for (String roleId : member.roleIds()) {
            permissions |= role(roleId).permissions();
        }
        return permissions;
    }

    public boolean hasChannel(String channelId) {
        return channels.stream().anyMatch(c -> c.id().equals(channelId));
    }
}
